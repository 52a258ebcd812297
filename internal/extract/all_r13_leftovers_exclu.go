package extract

// r13ExcludedInfinitive reports whether the participle of exclusion at i
// governs an infinitive of giving or buying through "de" (French "a exclu
// de livrer", "n'est pas exclu de vendre"): ruling an act out, a negation
// of it, not a removal from a programme (all_r12_fresh5_removed.go,
// r12ExcludedFrom, which this keeps from cancelling the negation). "Pas
// exclu" before it is the negation of a negation: a possibility, which
// the hypothetical cues of the clause and the negation before it read.
func (sc *sentScan) r13ExcludedInfinitive(i int) bool {
	if i+2 >= len(sc.toks) {
		return false
	}
	if w := sc.toks[i+1].norm; w != "de" && w != "d" {
		return false
	}
	for _, kind := range []string{"supply-verb", "buy-verb"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, i+2); n > 0 {
			return true
		}
	}
	return false
}
