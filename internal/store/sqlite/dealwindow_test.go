package sqlite

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// dealColumns reads every fact's deal columns.
func dealColumns(t *testing.T, s *Store) map[int64]string {
	t.Helper()
	rs, err := s.db.Query(`SELECT id, COALESCE(deal_key, 'NULL'), COALESCE(deal_day, -1), COALESCE(deal_id, ''), COALESCE(deal_value, -1), COALESCE(deal_year, -1) FROM facts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	out := map[int64]string{}
	for rs.Next() {
		var (
			id        int64
			key, deal string
			day, year int64
			value     float64
		)
		if err := rs.Scan(&id, &key, &day, &deal, &value, &year); err != nil {
			t.Fatal(err)
		}
		out[id] = fmt.Sprintf("%s day %d deal %s value %g year %d", key, day, deal, value, year)
	}
	return out
}

// TestDealWindowsMatchWholeKeys: after documents saved in no particular
// order, re-extracted, reviewed and regrouped as near-duplicates, each
// write resolving only its window of deals, every fact has the deal that
// resolving every key whole (assignAll) gives it.
func TestDealWindowsMatchWholeKeys(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(7, 11))
	const n = 300
	for i := range n {
		doc, facts := storetest.RandomDealDoc(rng, fmt.Sprintf("d%03d", i))
		if _, err := s.SaveDocument(ctx, doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string) {
		t.Helper()
		got := dealColumns(t, s)
		if _, err := s.db.Exec(`UPDATE facts SET deal_key = NULL, deal_day = NULL, deal_id = NULL, deal_value = NULL, deal_year = NULL`); err != nil {
			t.Fatal(err)
		}
		if err := s.assignUnassigned(ctx); err != nil {
			t.Fatal(err)
		}
		want := dealColumns(t, s)
		if !maps.Equal(got, want) {
			bad := 0
			for id, w := range want {
				if got[id] != w && bad < 10 {
					t.Errorf("%s: fact %d: %s, whole keys give %s", step, id, got[id], w)
					bad++
				}
			}
		}
		var deals int
		if err := s.db.QueryRow(`SELECT COUNT(DISTINCT deal_id) FROM facts`).Scan(&deals); err != nil || deals < 20 {
			t.Fatalf("%s: %d deals (%v): the test resolves too few", step, deals, err)
		}
	}
	check("saved")
	for i := range 40 { // re-extracted with other facts
		id := fmt.Sprintf("d%03d", rng.IntN(n))
		_, facts := storetest.RandomDealDoc(rng, id)
		if _, err := s.ReplaceFacts(ctx, id, facts, false); err != nil {
			t.Fatalf("replace %d: %v", i, err)
		}
	}
	check("re-extracted")
	var ids []int64
	rs, err := s.db.Query(`SELECT id FROM facts ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var id int64
		rs.Scan(&id)
		ids = append(ids, id)
	}
	rs.Close()
	for range 40 {
		in := domain.ReviewInput{FactID: ids[rng.IntN(len(ids))], Action: domain.ReviewRejected, Who: "t"}
		if rng.IntN(2) == 0 {
			y := 1990 + rng.IntN(40)
			in.Action, in.Correction = domain.ReviewCorrected, &domain.Correction{Year: &y}
		}
		if _, err := s.ReviewFact(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	check("reviewed")
	if _, err := s.UpdateNearDuplicates(ctx, func(string) uint64 { return 1 }, func(docs []domain.DocHash) map[string]string {
		g := map[string]string{}
		for i := 1; i < len(docs); i += 3 {
			g[docs[i].ID] = docs[i-1].ID
		}
		return g
	}); err != nil {
		t.Fatal(err)
	}
	check("regrouped")
}

// TestDealAssignmentGrowth: saving documents that all report one key
// (one supplier, recipient and system, with a new deal every few years)
// costs deal assignment work in proportion to the documents, not to their
// square: 4× the documents, at most 5× the rows read and resolved.
func TestDealAssignmentGrowth(t *testing.T) {
	work := func(n int) int64 {
		ctx := context.Background()
		s, err := Open(ctx, filepath.Join(t.TempDir(), fmt.Sprintf("g%d.db", n)))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		rng := rand.New(rand.NewPCG(3, uint64(n)))
		order := rng.Perm(n) // not in publication order: deals grow in the middle too
		before := dealWork.Load()
		for _, i := range order {
			y := 1900 + 4*(i/8) // eight reports per deal, four years apart
			pub := fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), 1+rng.IntN(28))
			f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "IN"},
				System: &domain.System{ID: "mh-60r"}, Stage: domain.StageOrdered, Year: y, ValueUSD: float64(1+rng.IntN(3)) * 1e9}
			doc := &domain.Document{ID: fmt.Sprintf("d%d", i), Source: "s", Language: "en", Published: pub, Text: fmt.Sprint("text ", i)}
			if _, err := s.SaveDocument(ctx, doc, []domain.Fact{f, f}); err != nil {
				t.Fatal(err)
			}
		}
		var deals int
		if err := s.db.QueryRow(`SELECT COUNT(DISTINCT deal_id) FROM facts`).Scan(&deals); err != nil || deals != (n+7)/8 {
			t.Fatalf("%d documents: %d deals (%v), want %d", n, deals, err, (n+7)/8)
		}
		return dealWork.Load() - before
	}
	small, large := work(200), work(800)
	t.Logf("deal assignment rows: %d for 200 documents, %d for 800 (%.2f×)", small, large, float64(large)/float64(small))
	if large > 5*small {
		t.Errorf("4× the documents cost %.1f× the deal assignment work (%d → %d rows), want ≤ 5×", float64(large)/float64(small), small, large)
	}
}
