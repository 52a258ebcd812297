package extract

// deMonthThenCount reports whether the number at tokens [t0,t1), right
// after a month's name, counts something in a German sentence rather than
// being the day: German writes the day before the month ("am 14. Mai"),
// so in "Deutschland hat im Mai 14 Leopard-2-Panzer an Polen geliefert"
// 14 is the number of tanks. A year ("im Mai 2024") stays a date.
func (sc *sentScan) deMonthThenCount(t0, t1 int) bool {
	if sc.lw.code != "de" || t1 != t0+1 || t0 >= len(sc.toks) {
		return false
	}
	t := sc.toks[t0]
	return t.digit && len(t.raw) <= 2
}
