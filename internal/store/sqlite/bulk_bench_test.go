package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// BenchmarkSaveDocumentDeals measures SaveDocument alone (insert, full-text
// index, deal assignment, commit) of news-sized documents with five facts
// each on a register that grows: a few pairs and systems, reported over
// years, so that the deals of a key gather many facts.
func BenchmarkSaveDocumentDeals(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "save.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	sup := []string{"US", "FR", "RU", "DE"}
	rec := []string{"IN", "EG", "SA", "PL", "AE"}
	systems := []string{"rafale", "f-16", "s-400", "leopard-2"}
	stages := []string{domain.StageApproved, domain.StageOrdered, domain.StageDelivered}
	text := ""
	for len(text) < 4000 {
		text += "The ministry said on Monday that talks about a new frigate programme had resumed after delays in parliament. "
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		y := 2000 + rng.IntN(25)
		facts := make([]domain.Fact, 5)
		for j := range facts {
			facts[j] = domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup[rng.IntN(len(sup))]},
				Recipient: &domain.Party{Code: rec[rng.IntN(len(rec))]}, System: &domain.System{ID: systems[rng.IntN(len(systems))]},
				Stage: stages[rng.IntN(len(stages))], Year: y, Quantity: 1 + rng.IntN(40), ValueUSD: float64(rng.IntN(50)) * 1e8,
				Evidence: domain.Evidence{Start: 0, End: 12, Text: "The ministry"}, Confidence: 0.8}
		}
		doc := &domain.Document{ID: fmt.Sprintf("doc-%d", i), Source: fmt.Sprintf("https://example.com/%d", i), Language: "en",
			Published: fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), 1+rng.IntN(28)), Text: fmt.Sprint(i, " ", text)}
		if _, err := st.SaveDocument(ctx, doc, facts); err != nil {
			b.Fatal(err)
		}
	}
}
