package extract

// yearOpensWhen reports whether the year at token k is followed by a
// when-clause: then "from" or "since" before it dates an event ("India's
// first deal dates from 2020, when it sold four radars"), not the start of
// a period.
func (sc *sentScan) yearOpensWhen(k int) bool {
	n := k + 1
	return n < len(sc.toks) && sc.lw.isTok("when-word", &sc.toks[n])
}
