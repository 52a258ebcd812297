package extract

// r14MadeSubjectGiver: "Polen hat der Ukraine 14 Leopard-2-Panzer aus
// deutscher Produktion geliefert", "… 14 in Deutschland gebaute Leopard"
// — the state where the system was made, named as such, is no seller
// when the sentence opens with another state, before the system, that the
// sentence gives no role to and that is not its recipient: that subject
// gives (annotating.md: the supplier is the state that gives it up). It
// adds the subject to the suppliers before the origin, which
// madeOriginOnly then leaves out as named only where it was made.
func (sc *sentScan) r14MadeSubjectGiver(sys *mention, origin string, sups, recs, others []string) []string {
	if sys == nil || origin == "" || len(sups) > 1 || len(sups) == 1 && sups[0] != origin || len(others) != 1 || len(recs) == 0 {
		return sups
	}
	x := others[0]
	if x == origin || contains(recs, x) {
		return sups
	}
	first, made := true, false
	for _, m := range sc.countries() {
		switch {
		case m.id == x:
			// the sentence's first state, before the system, named by its name
			if !first || m.tok0 >= sys.tok0 || m.sub == "demonym" || sc.placeOnly(m) {
				return sups
			}
		case m.id == origin:
			if !sc.madeMention(m) {
				return sups
			}
			made = true
		}
		first = false
	}
	if !made || !sc.has("stage-delivered") && !sc.has("supply-verb") {
		return sups
	}
	return []string{x, origin}
}
