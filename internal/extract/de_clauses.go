package extract

import "strings"

// deClauseSubject reports whether a German state named after a bare comma
// opens a clause of its own as the subject of the verb right after it:
// "Leopard-2-Panzer gehen an die Türkei, Israel bekommt zwei U-Boote".
// Such a state is no member of a list with the state before the comma.
func (sc *sentScan) deClauseSubject(c mention) bool {
	if sc.lw.code != "de" || c.sub == "demonym" || c.tok0 < 1 || c.tok1 >= len(sc.toks) {
		return false
	}
	k := c.tok0
	if sc.lw.isTok("article", &sc.toks[k-1]) && k > 1 {
		k--
	}
	if !strings.Contains(sc.toks[k].gap, ",") {
		return false
	}
	v := c.tok1
	if !isLowerWord(sc.toks[v].raw) {
		return false
	}
	if sc.finiteGermanVerb(v) {
		return true
	}
	for _, kind := range []string{"stage-received", "buy-verb", "stage-ordered"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, v); n > 0 {
			return true
		}
	}
	return false
}
