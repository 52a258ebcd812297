package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// BenchmarkSearchLongDocuments measures SearchPage (the /api/v1/search
// query) on PostgreSQL with three 4 MB documents and 2,000 short ones
// stored (the sqlite benchmark of the same name stores 20,000), and
// reports its p50 and p99.
func BenchmarkSearchLongDocuments(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	for i := range 2000 {
		doc := &domain.Document{ID: fmt.Sprintf("s%d", i), Source: "s", Language: "en", Published: "2024-01-01",
			Text: fmt.Sprintf("Generated document %d about arms transfers and a frigate.", i)}
		if _, err := s.SaveDocument(ctx, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 3 {
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: fmt.Sprintf("long%d", i), Source: "l", Language: "en", Published: "2024-01-01", Text: storetest.ProseText(4<<20, i)}, nil); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	storetest.BenchSearchPage(b, s)
}
