package extract

// all_r13_estrans_unlike.go: a phrase of contrast put before the main
// clause states its own fact, which the main clause's negation does not
// reach: "A diferencia de los seis cazas F-16 que se le compraron a
// Dinamarca, en esta ocasión Estados Unidos no aportará financiamiento",
// "Unlike the F-16s it bought from Denmark, the Strykers will not be
// financed", "Contrairement aux Rafale achetés en 2015, ...", "Im
// Gegensatz zu den Leopard 2, die Polen geliefert hat, ...". The words are
// the lexicon kind estrans-unlike.

// r13UnlikeApart reports whether token t stands in a stretch that opens
// with a phrase of contrast and the negation at p stands outside it.
func (sc *sentScan) r13UnlikeApart(p, t int) bool {
	set := sc.lw.set("estrans-unlike")
	if set == nil {
		return false
	}
	from, to := sc.stretchOf(t)
	if p >= from && p < to {
		return false
	}
	for k := from; k < len(sc.toks) && k <= from+1; k++ {
		if n, _ := set.at(sc.toks, k); n > 0 && k+n <= t {
			return true
		}
	}
	return false
}
