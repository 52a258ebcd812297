package extract

import "slices"

// A word for making is in the lexicon both as `made` (beside a demonym it
// tells where the goods were made: "aus deutscher Produktion", "de
// fabrication française", "de producción española") and as `production`
// (making at home, no transfer: "Rheinmetall nimmt die Produktion auf").
// The two readings exclude each other, and the context decides: a word of
// both kinds beside a demonym, as madeNear reads it, is the maker's origin
// and no production cue.

// productionIn reports a cue of kind production in toks[from:to] that is
// not the made reading of a word beside a demonym.
func (sc *sentScan) productionIn(from, to int) bool {
	if !sc.cueIn("production", from, to) {
		return false
	}
	made := sc.cuePositions("made")
	if len(made) == 0 {
		return true
	}
	for _, p := range sc.cuePositions("production") {
		if p < from || p >= to {
			continue
		}
		if _, month := sc.lw.months[sc.toks[p].norm]; month && isCapitalised(sc.toks[p].raw) {
			continue // as cueIn
		}
		if !slices.Contains(made, p) || !sc.madeBesideDemonym(p) {
			return true
		}
	}
	return false
}

// madeBesideDemonym reports a demonym that the making word at p qualifies,
// in madeNear's reach: right after the demonym or at most two words before it.
func (sc *sentScan) madeBesideDemonym(p int) bool {
	for _, m := range sc.countries() {
		if m.sub != "demonym" {
			continue
		}
		if p >= m.tok1 && p-m.tok1 <= 1 && !sc.boundaryBetween(m.tok1, p) {
			return true
		}
		if p < m.tok0 && m.tok0-p <= 2 && !sc.boundaryBetween(p+1, m.tok0) {
			return true
		}
	}
	return false
}
