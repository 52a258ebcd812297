package extract

import "strings"

// r16FutureReceives reports whether a future or scheduled receipt whose
// subject is the recipient starts at token k: "L'Ukraine recevra des
// canons Caesar danois", "Ucrania va a recibir", "Ukraine will receive
// Norwegian F-16s", "Die Ukraine wird norwegische F-16 erhalten". Its
// subject gets the goods; without this the state of a demonym on the
// system ("danois", "Norwegian") was taken for the recipient and the
// maker's state for the supplier. Delivery phrases of the same kind
// ("livrera", "will deliver", "wird liefern") are the giver's, and are
// left to the supply cues.
func (sc *sentScan) r16FutureReceives(k int) bool {
	ps := sc.lw.set("future-receipt")
	if !sc.mayStart(ps) {
		return false
	}
	if n, _ := ps.at(sc.toks, k); n > 0 {
		return r16Receiving(sc.toks[k : k+n])
	}
	// "Die Ukraine wird ... erhalten": the verb and its infinitive closing
	// the clause
	if sc.lw.code == "de" && sc.deSplitCue(ps, k) > 0 {
		to := sc.clauseEnd(k)
		return to > k && r16Receiving(sc.toks[to-1:to])
	}
	return false
}

// r16Receiving: a word of receiving among toks, "get" and "bekommen"
// with the stems receiving knows.
func r16Receiving(toks []token) bool {
	if receiving(toks) {
		return true
	}
	for _, t := range toks {
		if t.norm == "get" || strings.HasPrefix(t.norm, "bekomm") {
			return true
		}
	}
	return false
}
