package extract

// fresFoundFillers may stand between the founding verb and the
// organisation besides dates and states: "fondé en septembre, avec
// Bamako, l'AES".
var fresFoundFillers = map[string]bool{"en": true, "avec": true, "con": true, "et": true, "y": true, "ensemble": true, "junto": true, "a": true}

// ruleFresFounded: the states a French or Spanish sentence opens with,
// and those "avec"/"con" names, founded the organisation named a few words
// after a founding verb: "Le Burkina Faso et le Niger ont annoncé leur
// retrait, après avoir fondé en septembre, avec Bamako, l'AES".
func ruleFresFounded(d *docScan, i int, sc *sentScan) {
	if sc.lw.code != "fr" && sc.lw.code != "es" || sc.doubtful() {
		return
	}
	for _, o := range sc.mentions {
		if o.kind != mNamed || o.sub != "organization" || sc.outside(o) {
			continue
		}
		p := -1
		for k := max(0, o.tok0-8); k < o.tok0; k++ {
			if sc.lw.isTok("found-verb", &sc.toks[k]) {
				p = k
			}
		}
		if p < 0 || !sc.foundFillersOnly(p+1, o.tok0) {
			continue
		}
		members := sc.statesListedFrom(0, func(tok0 int) bool { return tok0 <= 1 })
		for _, c := range sc.countries() {
			if c.tok0 > p && c.tok1 <= o.tok0 && c.sub != "demonym" && !contains(members, c.id) {
				members = append(members, c.id)
			}
		}
		if len(members) < 2 {
			continue
		}
		d.addMembers(i, sc, o, members, "membership.founders")
	}
}

// foundFillersOnly: between from and to only filler words, articles,
// months, years and states.
func (sc *sentScan) foundFillersOnly(from, to int) bool {
	for k := from; k < to; k++ {
		w := sc.toks[k].norm
		if fresFoundFillers[w] || sc.lw.isWord("article", w) || sc.toks[k].digit {
			continue
		}
		if _, month := sc.lw.months[w]; month {
			continue
		}
		inState := false
		for _, c := range sc.countries() {
			if k >= c.tok0 && k < c.tok1 {
				inState = true
			}
		}
		if !inState {
			return false
		}
	}
	return true
}
