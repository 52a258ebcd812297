package storetest

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// DealColumns are a fact's stored deal columns ("NULL" key, -1 day,
// value and year for NULL; "" deal).
type DealColumns struct {
	Key, Deal string
	Day, Year int64
	Value     float64
}

func (c DealColumns) String() string {
	return fmt.Sprintf("%s day %d deal %s value %g year %d", c.Key, c.Day, c.Deal, c.Value, c.Year)
}

// DealRows are the rows of a query (database/sql's or pgx's).
type DealRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// DealHooks let the suite compare the deals each write assigns with
// those of resolving every key whole.
type DealHooks[S Store] struct {
	// Query runs a query on s's database; the suite calls done when it
	// has read the rows.
	Query func(s S, query string) (rows DealRows, done func(), err error)
	// Exec runs a statement on s's database.
	Exec func(s S, stmt string) error
	// AssignUnassigned assigns every fact without a deal key its deal,
	// every key whole (as Open does for rows stored before deals).
	AssignUnassigned func(s S) error
	// Work is the number of rows deal assignment has read in s.
	Work func(s S) int64
	// Docs is how many documents DealWindowsMatchWholeKeys saves (it
	// re-extracts and reviews 2/15 as many facts); DealAssignmentGrowth
	// saves 2/3 as many, then 4× that.
	Docs int
}

// columns reads every fact's deal columns, by fact id.
func (h *DealHooks[S]) columns(t testing.TB, s S) map[int64]DealColumns {
	t.Helper()
	rs, done, err := h.Query(s, `SELECT id, COALESCE(deal_key, 'NULL'), COALESCE(deal_day, -1), COALESCE(deal_id, ''),
		COALESCE(deal_value, -1), COALESCE(deal_year, -1) FROM facts`)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	out := map[int64]DealColumns{}
	for rs.Next() {
		var (
			id int64
			c  DealColumns
		)
		if err := rs.Scan(&id, &c.Key, &c.Day, &c.Deal, &c.Value, &c.Year); err != nil {
			t.Fatal(err)
		}
		out[id] = c
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// reassign clears every fact's deal columns and assigns them again.
func (h *DealHooks[S]) reassign(t testing.TB, s S) {
	t.Helper()
	if err := h.Exec(s, `UPDATE facts SET deal_key = NULL, deal_day = NULL, deal_id = NULL, deal_value = NULL, deal_year = NULL`); err != nil {
		t.Fatal(err)
	}
	if err := h.AssignUnassigned(s); err != nil {
		t.Fatal(err)
	}
}

// DealWindowsMatchWholeKeys: after documents saved in no particular
// order, re-extracted, reviewed and regrouped as near-duplicates, each
// write resolving only its window of deals, every fact has the deal that
// resolving every key whole gives it.
func DealWindowsMatchWholeKeys[S Store](t *testing.T, a Adapter[S]) {
	h := a.Deals
	if h == nil {
		t.Skip("the adapter gives no deal hooks")
	}
	s := a.open(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 11))
	n := h.Docs
	for i := range n {
		doc, facts := RandomDealDoc(rng, fmt.Sprintf("d%03d", i))
		if _, err := s.SaveDocument(ctx, doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string) {
		t.Helper()
		got := h.columns(t, s)
		h.reassign(t, s)
		want := h.columns(t, s)
		if !maps.Equal(got, want) {
			bad := 0
			for id, w := range want {
				if got[id] != w && bad < 10 {
					t.Errorf("%s: fact %d: %s, whole keys give %s", step, id, got[id], w)
					bad++
				}
			}
		}
		deals := map[string]bool{}
		for _, c := range got {
			if c.Deal != "" {
				deals[c.Deal] = true
			}
		}
		if len(deals) < 20 {
			t.Fatalf("%s: %d deals: the test resolves too few", step, len(deals))
		}
	}
	check("saved")
	changes := n * 2 / 15
	for i := range changes { // re-extracted with other facts
		id := fmt.Sprintf("d%03d", rng.IntN(n))
		_, facts := RandomDealDoc(rng, id)
		if _, err := s.ReplaceFacts(ctx, id, facts, false); err != nil {
			t.Fatalf("replace %d: %v", i, err)
		}
	}
	check("re-extracted")
	ids := slices.Sorted(maps.Keys(h.columns(t, s)))
	for range changes {
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

// DealAssignmentGrowth: saving documents that all report one key (one
// supplier, recipient and system, with a new deal every few years) costs
// deal assignment work in proportion to the documents, not to their
// square: 4× the documents, at most 5× the rows read and resolved.
func DealAssignmentGrowth[S Store](t *testing.T, a Adapter[S]) {
	h := a.Deals
	if h == nil {
		t.Skip("the adapter gives no deal hooks")
	}
	if a.Parallel {
		t.Parallel()
	}
	work := func(n int) int64 {
		ctx := context.Background()
		s := a.Open(t)
		rng := rand.New(rand.NewPCG(3, uint64(n)))
		before := h.Work(s)
		for _, i := range rng.Perm(n) { // not in publication order: deals grow in the middle too
			y := 1900 + 4*(i/8) // eight reports per deal, four years apart
			pub := fmt.Sprintf("%d-%02d-%02d", y, 1+rng.IntN(12), 1+rng.IntN(28))
			f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "IN"},
				System: &domain.System{ID: "mh-60r"}, Stage: domain.StageOrdered, Year: y, ValueUSD: float64(1+rng.IntN(3)) * 1e9}
			doc := &domain.Document{ID: fmt.Sprintf("d%d", i), Source: "s", Language: "en", Published: pub, Text: fmt.Sprint("text ", i)}
			if _, err := s.SaveDocument(ctx, doc, []domain.Fact{f, f}); err != nil {
				t.Fatal(err)
			}
		}
		deals := map[string]bool{}
		for _, c := range h.columns(t, s) {
			if c.Deal != "" {
				deals[c.Deal] = true
			}
		}
		if len(deals) != (n+7)/8 {
			t.Fatalf("%d documents: %d deals, want %d", n, len(deals), (n+7)/8)
		}
		return h.Work(s) - before
	}
	n := h.Docs * 2 / 3
	small, large := work(n), work(4*n)
	t.Logf("deal assignment rows: %d for %d documents, %d for %d (%.2f×)", small, n, large, 4*n, float64(large)/float64(small))
	if large > 5*small {
		t.Errorf("4× the documents cost %.1f× the deal assignment work (%d → %d rows), want ≤ 5×", float64(large)/float64(small), small, large)
	}
}
