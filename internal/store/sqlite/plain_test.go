package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// TestPlainPathsSameAnswers checks that QueryFacts, which compares a
// column no review corrects as the column itself (UncorrectedPaths, so
// that its indexes serve), returns exactly what the fully reviewed
// conditions and orders return, on a random register with confirmed,
// rejected and corrected facts, for several sets of corrected columns.
func TestPlainPathsSameAnswers(t *testing.T) {
	ctx := context.Background()
	countries := []string{"US", "FR", "RU", "IN", "EG", "MA"}
	systems := []string{"rafale", "f-16", "caesar"}
	stages := []string{"ordered", "delivered", "approved"}
	corrections := map[string]func(r *rand.Rand) *domain.Correction{
		"none": nil,
		"value": func(r *rand.Rand) *domain.Correction {
			v := float64(r.IntN(100)) * 1e7
			return &domain.Correction{ValueUSD: &v}
		},
		"stage and year": func(r *rand.Rand) *domain.Correction {
			st, y := stages[r.IntN(3)], 2000+r.IntN(25)
			return &domain.Correction{Stage: &st, Year: &y}
		},
		"supplier": func(r *rand.Rand) *domain.Correction {
			c := countries[r.IntN(len(countries))]
			return &domain.Correction{Supplier: &c}
		},
		"system": func(r *rand.Rand) *domain.Correction {
			id := systems[r.IntN(3)]
			return &domain.Correction{System: &domain.System{ID: id, Name: id, Category: "artillery"}}
		},
	}
	for name, correct := range corrections {
		t.Run(name, func(t *testing.T) {
			s := openTest(t, false)
			r := rand.New(rand.NewPCG(7, uint64(len(name))))
			for d := 0; d < 40; d++ {
				var facts []domain.Fact
				for i := 0; i < 5; i++ {
					sys := systems[r.IntN(3)]
					facts = append(facts, domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: countries[r.IntN(3)]},
						Recipient: &domain.Party{Code: countries[3+r.IntN(3)]}, System: &domain.System{ID: sys, Name: sys, Category: "aircraft"},
						Quantity: 1 + r.IntN(20), ValueUSD: float64(r.IntN(50)) * 1e7, Stage: stages[r.IntN(3)], Year: 2000 + r.IntN(25)})
				}
				doc := &domain.Document{ID: fmt.Sprintf("d%02d", d), Source: "s", Language: "en", Published: fmt.Sprintf("%d-01-01", 2000+r.IntN(25))}
				if _, err := s.SaveDocument(ctx, doc, facts); err != nil {
					t.Fatal(err)
				}
			}
			all, err := s.Facts(ctx, domain.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range all {
				in := domain.ReviewInput{FactID: f.ID, Who: "t"}
				switch k := r.IntN(10); {
				case k < 2:
					in.Action = domain.ReviewConfirmed
				case k < 3:
					in.Action = domain.ReviewRejected
				case k < 5 && correct != nil:
					in.Action, in.Correction = domain.ReviewCorrected, correct(r)
				default:
					continue
				}
				if _, err := s.ReviewFact(ctx, in); err != nil {
					t.Fatal(err)
				}
			}
			var queries []domain.FactQuery
			for _, sort := range []string{"", "year", "value", "quantity", "supplier", "recipient", "stage", "system", "id"} {
				for _, desc := range []bool{false, true} {
					for _, f := range []domain.Filter{{}, {Supplier: "US"}, {Recipient: "IN"}, {Supplier: "FR", Recipient: "EG"},
						{Stage: "delivered", Since: 2010, Until: 2020}, {System: "rafale"}, {Category: "artillery"}, {Suppliers: []string{"US", "RU"}}} {
						f.Limit = 30
						queries = append(queries, domain.FactQuery{Sort: sort, Desc: desc, Filter: f})
					}
				}
			}
			queries = append(queries, domain.FactQuery{Party: "FR", Filter: domain.Filter{Limit: 100}},
				domain.FactQuery{PairSupplier: "US", PairRecipient: "IN", Sort: "year", Filter: domain.Filter{Limit: 100}},
				domain.FactQuery{DocumentID: "d03", Sort: "id", IncludeRejected: true},
				domain.FactQuery{Sort: "value", Desc: true, Filter: domain.Filter{Limit: 20, Offset: 40}},
				domain.FactQuery{Sort: "date", Filter: domain.Filter{Supplier: "RU", Countries: []string{"IN", "EG"}, Limit: 10, Offset: 5}})
			answer := func(q domain.FactQuery) string {
				page, err := s.QueryFacts(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				ids := []int64{}
				for _, f := range page.Facts {
					ids = append(ids, f.ID)
				}
				return fmt.Sprint(page.Total, ids)
			}
			for _, q := range queries {
				got := answer(q)
				sqlreg.UsePlainPaths = false
				want := answer(q)
				sqlreg.UsePlainPaths = true
				if got != want {
					t.Errorf("%+v:\n got %s\nwant %s", q, got, want)
				}
			}
		})
	}
}
