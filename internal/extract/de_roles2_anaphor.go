package extract

// deAnaphorAntecedent resolves a German word for a state that gets arms
// ("das Land", "das Emirat", "die Republik") to the state it takes up:
// the nearest one named before it in the sentence ("das Geschäft mit
// Israel: Zwei U-Boote soll das Land erhalten"), else the only one the
// sentence before names besides the supplier ("Mit Israel wurde
// verhandelt. Zwei U-Boote soll das Land erhalten"), not the document's
// most frequent buyer. It returns recs unchanged when a buyer is already
// marked, the word does not get, or no such state is found.
func (d *docScan) deAnaphorAntecedent(sc *sentScan, sup string, recs []string) []string {
	if sc.lw.code != "de" || len(recs) > 0 {
		return recs
	}
	if _, asRec := sc.anaphorRole(); !asRec {
		return recs
	}
	ps := sc.cuePositions("anaphor")
	if len(ps) == 0 {
		return recs
	}
	p, best := ps[0], ""
	for _, c := range sc.countries() {
		if c.tok1 <= p && c.sub != "demonym" && c.id != sup && !sc.inCurrency(c) && !sc.adversary(c) {
			best = c.id
		}
	}
	if best != "" {
		return []string{best}
	}
	if sc.namesOtherThan(sup) {
		return recs // a state named after the word: left to the other cues
	}
	i := -1
	for k, s := range d.sents {
		if s == sc {
			i = k
		}
	}
	if i < 1 {
		return recs
	}
	prev := d.sents[i-1]
	for _, c := range prev.countries() {
		if c.sub == "demonym" || c.id == sup || prev.inCurrency(c) || prev.adversary(c) {
			continue
		}
		if best != "" && best != c.id {
			return recs // two candidates: no guess
		}
		best = c.id
	}
	if best != "" {
		return []string{best}
	}
	return recs
}

// namesOtherThan reports whether the sentence names a state other than
// code, demonyms aside.
func (sc *sentScan) namesOtherThan(code string) bool {
	for _, c := range sc.countries() {
		if c.sub != "demonym" && c.id != code {
			return true
		}
	}
	return false
}
