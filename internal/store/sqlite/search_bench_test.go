package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// searchBenchStore is a register of 20000 short documents and three of
// 4 MB each (one long word-salad text that mentions the Rafale once, in
// the middle).
func searchBenchStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "search.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	err = st.BulkLoad(ctx, func(save BulkSave) error {
		for i := range 20000 {
			doc := &domain.Document{ID: fmt.Sprintf("s%d", i), Source: "s", Language: "en", Published: "2024-01-01",
				Text: fmt.Sprintf("Generated document %d about arms transfers and a frigate.", i)}
			if _, err := save(doc, nil); err != nil {
				return err
			}
		}
		for i := range 3 {
			if _, err := save(&domain.Document{ID: fmt.Sprintf("long%d", i), Source: "l", Language: "en", Published: "2024-01-01", Text: storetest.ProseText(4<<20, i)}, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkSearchLongDocuments measures SearchPage (the /api/v1/search
// query) with three 4 MB documents stored, and reports its p50 and p99.
func BenchmarkSearchLongDocuments(b *testing.B) {
	storetest.BenchSearchPage(b, searchBenchStore(b))
}
