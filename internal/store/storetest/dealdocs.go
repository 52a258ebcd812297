package storetest

import (
	"fmt"
	"math/rand/v2"

	"github.com/armswatch/armswatch/internal/domain"
)

// RandomDealDoc is a document of 1-3 facts on a few deal keys, published
// on a random day of 1990-2030 (or undated), with random stages, years,
// months, values and, now and then, an official notice's package: the
// adapters' tests save many in no particular order and check that the
// deals each write assigns (in a window of its key) are those of the
// whole keys.
func RandomDealDoc(rng *rand.Rand, id string) (*domain.Document, []domain.Fact) {
	pub := ""
	y := 1990 + rng.IntN(40)
	if rng.IntN(15) > 0 {
		pub = fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), 1+rng.IntN(28))
	}
	sup := []string{"US", "FR"}[rng.IntN(2)]
	rec := []string{"IN", "EG"}[rng.IntN(2)]
	stages := []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered, ""}
	var facts []domain.Fact
	if pub != "" && rng.IntN(10) == 0 { // a notice: two items and the total
		n := &domain.Notice{Transmittal: fmt.Sprintf("%d-%d", y%100, rng.IntN(3)), Date: pub}
		for _, sys := range []string{"f-16", "aim-9"} {
			facts = append(facts, domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: rec},
				System: &domain.System{ID: sys}, Stage: domain.StageApproved, Year: y, Quantity: 1 + rng.IntN(4), Notice: n})
		}
		facts = append(facts, domain.Fact{Type: domain.TypeAggregate, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: rec},
			Year: y, ValueUSD: float64(1+rng.IntN(3)) * 1e9, Notice: n})
	}
	for range 1 + rng.IntN(3) {
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: rec},
			System: &domain.System{ID: []string{"f-16", "rafale"}[rng.IntN(2)]}, Stage: stages[rng.IntN(len(stages))],
			Quantity: rng.IntN(3) * 12, ValueUSD: float64(rng.IntN(4)) * 1e9}
		if rng.IntN(6) == 0 {
			f.Type, f.System, f.Stage = domain.TypeAggregate, nil, ""
		}
		switch rng.IntN(4) {
		case 0: // the publication's year
			f.Year = y
		case 1: // an earlier year
			f.Year = y - rng.IntN(8)
		case 2: // a month
			f.Year = y - rng.IntN(3)
			f.Date = fmt.Sprintf("%d-%02d", f.Year, 1+rng.IntN(12))
		}
		facts = append(facts, f)
	}
	return &domain.Document{ID: id, Source: id, Language: "en", Published: pub, Text: "text of " + id}, facts
}
