package extract

// signsWith reports whether the signing word at token p governs the
// "with"/"avec"/"con" at token k: shortly after it (six words), or after
// the contract's object in the same clause, up to twelve words, with no
// state named between them save in an amount ("Qatar signed a deal for 12
// NH90 helicopters with Italy", "Qatar placed an order for 12 more F-15QA
// jets with the United States", "Perú firmó un contrato por US$ 300
// millones con Corea del Sur").
func (sc *sentScan) signsWith(p, k int) bool {
	if p >= k {
		return false
	}
	if k-p <= 6 {
		return true
	}
	if k-p > 12 || sc.boundaryBetween(p+1, k) {
		return false
	}
	for j := p + 1; j < k; j++ {
		if sc.countryAt(j) && !sc.inMoney(j) { // "US$ 300 millones" names no state
			return false
		}
	}
	return true
}
