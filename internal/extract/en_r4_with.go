package extract

// withAfterObject reports whether a signing word at token p governs the
// "with" at token k that follows the contract's object in the same clause:
// "Qatar signed a deal for 12 NH90 helicopters with Italy", "Qatar placed
// an order for 12 more F-15QA jets with the United States". The object
// (a number, a system, its kind) may put the "with" up to 12 words after
// the signing word; a comma or another clause between them breaks the tie.
func (sc *sentScan) withAfterObject(p, k int) bool {
	return p < k && k-p <= 12 && !sc.boundaryBetween(p+1, k)
}
