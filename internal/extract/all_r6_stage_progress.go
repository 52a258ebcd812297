package extract

import "github.com/armswatch/armswatch/internal/domain"

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
			if andWords[sc.toks[k].norm] {
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

// andWords join two events of one sentence.
var andWords = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true}
