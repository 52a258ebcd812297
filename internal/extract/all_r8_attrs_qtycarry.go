package extract

import "github.com/armswatch/armswatch/internal/domain"

// A deal is often counted once, at its first stage, and its later stage
// stated without the count: "Die tschechische Regierung hat den Kauf von
// 44 Kampfpanzern Leopard 2A8 gebilligt. ... Den Vertrag unterschrieb das
// Bundesamt", "the State Department approved the sale of 24 AH-64E ...
// Qatar signed the contract", "la Tunisie a demandé 12 ... puis a commandé
// les appareils". The later statement is a fact of its own (another stage),
// and had no quantity where the gold writes the deal's count.
// r8CarryCount gives a requested, approved or ordered transfer with no
// count the one count its earlier stages state (same supplier, recipient
// and system), when no delivery of that system states a count of its own:
// a delivery's count may be a first batch ("ordered 24 ... the first 6
// arrived"), and is never carried.

// r8StageRank orders the stages a count may be carried along.
var r8StageRank = map[string]int{domain.StageRequested: 1, domain.StageApproved: 2, domain.StageOrdered: 3}

func r8CarryCount(cs []candidate) {
	for i := range cs {
		f := &cs[i].f
		rank := r8StageRank[f.Stage]
		if f.Type != domain.TypeTransfer || f.Quantity != 0 || rank == 0 || f.System == nil || f.System.ID == "" {
			continue
		}
		q := 0
		for j := range cs {
			g := cs[j].f
			if j == i || g.Type != domain.TypeTransfer || g.Quantity == 0 || g.System == nil || g.System.ID != f.System.ID ||
				!r8SameParty(g.Supplier, f.Supplier) || !r8SameParty(g.Recipient, f.Recipient) {
				continue
			}
			r, ok := r8StageRank[g.Stage]
			if !ok || r >= rank || q != 0 && g.Quantity != q {
				q = -1 // a delivery's count, a later stage's, or two counts
				break
			}
			q = g.Quantity
		}
		if q > 0 {
			f.Quantity = q
		}
	}
}
