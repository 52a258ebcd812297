package extract

// moneyAt reports whether an amount of money starts at token k: "pour 1,4
// milliard d'euros", a price after "pour".
func (sc *sentScan) moneyAt(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	for _, mo := range sc.money {
		if mo.start == sc.toks[k].start {
			return true
		}
	}
	return false
}

// inMoney reports whether token k lies inside an amount of money ("1,4
// milliard d'euros"): its commas break no clause.
func (sc *sentScan) inMoney(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	t := sc.toks[k]
	for _, mo := range sc.money {
		if t.start >= mo.start && t.end <= mo.end {
			return true
		}
	}
	return false
}
