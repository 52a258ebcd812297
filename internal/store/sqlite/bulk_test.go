package sqlite

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// schemaIndexes lists the indexes of documents and facts with their SQL.
func schemaIndexes(t *testing.T, s *Store) map[string]string {
	t.Helper()
	rs, err := s.db.Query(`SELECT name, COALESCE(sql, '') FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('documents', 'facts')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	out := map[string]string{}
	for rs.Next() {
		var name, sql string
		if err := rs.Scan(&name, &sql); err != nil {
			t.Fatal(err)
		}
		out[name] = sql
	}
	return out
}

func TestBulkLoad(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, true)
	indexes := schemaIndexes(t, s)
	if _, err := s.SaveDocument(ctx, &domain.Document{ID: "old", Source: "old.txt", Text: "Old."}, nil); err != nil {
		t.Fatal(err)
	}
	fact := func(i int) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "EG"},
			Quantity: i + 1, Year: 2020 + i%3, Evidence: domain.Evidence{Start: 0, End: 4, Text: "Text"}, Confidence: 0.8}
	}
	v0, err := s.RegisterVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// A load that fails stores nothing and leaves the indexes as they were.
	boom := errors.New("boom")
	err = s.BulkLoad(ctx, func(save BulkSave) error {
		if _, err := save(&domain.Document{ID: "lost", Source: "lost.txt", Text: "Text"}, []domain.Fact{fact(0)}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("BulkLoad = %v, want boom", err)
	}
	if n := count(t, s, "documents"); n != 1 {
		t.Fatalf("%d documents after a failed load, want 1", n)
	}
	if got := schemaIndexes(t, s); !reflect.DeepEqual(got, indexes) {
		t.Fatalf("indexes after a failed load:\n%v\nwant\n%v", got, indexes)
	}

	var results []domain.IngestResult
	err = s.BulkLoad(ctx, func(save BulkSave) error {
		for d := range 20 {
			r, err := save(&domain.Document{ID: fmt.Sprintf("doc-%d", d), Source: "bulk.txt", Language: "en", Published: "2021-01-01", Text: "Text"},
				[]domain.Fact{fact(d), fact(d + 1)})
			if err != nil {
				return err
			}
			results = append(results, r)
		}
		r, err := save(&domain.Document{ID: "old", Source: "old.txt", Text: "Old."}, []domain.Fact{fact(0)})
		results = append(results, r)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if last := results[len(results)-1]; last.Created {
		t.Error("a document already stored was stored again")
	}
	if r := results[0]; !r.Created || r.Facts != 2 {
		t.Errorf("first result %+v", r)
	}
	if got := schemaIndexes(t, s); !reflect.DeepEqual(got, indexes) {
		t.Errorf("indexes after the load:\n%v\nwant\n%v", got, indexes)
	}
	if n := count(t, s, "facts"); n != 40 {
		t.Errorf("%d facts, want 40", n)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	// What SaveDocument's triggers keep is kept: the year filed under, the
	// search index, the register version.
	page, err := s.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Supplier: "FR", Since: 2022, Until: 2022}})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 13 {
		t.Errorf("%d FR facts of 2022, want 13", page.Total)
	}
	if hits, err := s.SearchDocuments(ctx, "text", 50); err != nil || len(hits) != 20 {
		t.Errorf("search: %d hits, %v", len(hits), err)
	}
	if v, err := s.RegisterVersion(ctx); err != nil || v <= v0 {
		t.Errorf("register version %d after the load, was %d (%v)", v, v0, err)
	}
}
