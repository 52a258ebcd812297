package extract

// r14BoughtFromGiver: "L'Estonie a cédé à l'Ukraine des obusiers FH-70
// achetés à la Finlande", "Estonia has handed over to Ukraine FH-70
// howitzers bought from Finland" — the state the system was bought from,
// after a participle of buying that follows the system, sold it to the
// giver long before; the giver, the sentence's first state, before the
// system and not its recipient, supplies this transfer (annotating.md: a
// second-hand system's supplier is the state that gives it up).
func (d *docScan) r14BoughtFromGiver(sc *sentScan, m *mention, sup, rec string) string {
	if sup == "" || rec == "" || m == nil {
		return sup
	}
	ps := sc.lw.set("r14roles-bought-part")
	if !sc.mayStart(ps) {
		return sup
	}
	cs := sc.countries()
	if len(cs) < 3 {
		return sup
	}
	x := cs[0]
	if x.tok0 >= m.tok0 || x.id == rec || x.id == sup || x.sub == "demonym" || sc.placeOnly(x) {
		return sup
	}
	bought := false
	for _, c := range cs {
		if c.id != sup || c.tok0 < m.tok1 {
			continue
		}
		// the participle at most three words before the seller ("achetés
		// à la", "bought from", "comprados a"), after the system
		if k, ok := ps.any(sc.toks, max(c.tok0-3, m.tok1), c.tok0); ok && k >= m.tok1 {
			bought = true
		}
	}
	if !bought || !(sc.has("stage-delivered") || sc.has("supply-verb")) {
		return sup
	}
	return x.id
}
