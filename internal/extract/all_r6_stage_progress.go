package extract

import "github.com/armswatch/armswatch/internal/domain"

// A request or approval followed in the same sentence by a signed contract
// ("requested … and signed the contract in 2023") takes the most advanced
// stage, ordered, dated by the order.

// laterOrder returns the position of an order told after a request or an
// approval at pos, joined to it by "and" in the same sentence: "Romania
// requested 32 F-16 and signed the contract in 2023", "a formal request
// for 32 jets, and it finalised the order in June 2023", "la France a
// approuvé la vente et le Maroc a signé le contrat". A deal takes the most
// advanced stage the text states (docs/annotating.md); the order is not in
// a clause of the future or of a plan, nor negated. -1 for none.
func (sc *sentScan) laterOrder(st string, pos int) int {
	if st != domain.StageRequested && st != domain.StageApproved || pos < 0 {
		return -1
	}
	for _, q := range sc.cuePositions("stage-ordered") {
		if q <= pos+1 {
			continue
		}
		joined := false
		for k := pos + 1; k < q; k++ {
			if sc.lw.isTok("and-conj", &sc.toks[k]) { // es_passive.go
				joined = true
			}
		}
		if !joined || sc.futureClause(q) || sc.hypotheticalAt(q) {
			continue
		}
		from, to := sc.clauseOf(q)
		if sc.cueIn("negation", from, to) {
			continue
		}
		return q
	}
	return -1
}
