package web

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// cachedPaths are the pages and endpoints whose aggregates are cached per
// register version.
var cachedPaths = []string{
	"/", "/countries/FR", "/countries/EG", "/countries/US", "/countries/NG", "/map", "/map?by=value",
	"/rankings", "/rankings?supplier=FR", "/rankings?recipient=EG&by=count",
	"/pairs/FR/EG", "/pairs/US/NG", "/deals", "/deals?recipient=EG",
	"/api/v1/stats", "/api/v1/flows", "/api/v1/flows?min_confidence=0.6", "/api/v1/rankings?supplier=FR",
	"/api/v1/countries/FR", "/api/v1/pairs/FR/EG", "/api/v1/deals", "/api/v1/deals?supplier=FR",
}

// TestCacheFollowsWrites checks, after each kind of write to the register,
// that every cached page equals the page a server with an empty cache
// computes directly from the register, and that a page the write changes
// does change.
func TestCacheFollowsWrites(t *testing.T) {
	ctx := context.Background()
	factID := func(t *testing.T, st *sqlite.Store, doc string, ordinal int) int64 {
		t.Helper()
		page, err := st.QueryFacts(ctx, domain.FactQuery{DocumentID: doc, Sort: "id", IncludeRejected: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range page.Facts {
			if f.Ordinal == ordinal {
				return f.ID
			}
		}
		t.Fatalf("no fact %d in %s", ordinal, doc)
		return 0
	}
	rafale := &domain.System{ID: "rafale", Name: "Dassault Rafale", Category: "aircraft"}
	egText := "Egypt received 6 more Rafale jets from France."
	tests := []cacheWrite{
		{"ingest", "/countries/EG", func(t *testing.T, st *sqlite.Store) {
			doc := &domain.Document{ID: "doc-new", Source: "new.txt", Language: "en", Published: "2024-03-01", Text: egText}
			_, err := st.SaveDocument(ctx, doc, []domain.Fact{{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"),
				System: rafale, Quantity: 6, ValueUSD: 500e6, Stage: domain.StageDelivered, Year: 2024, Evidence: evidence(egText, egText), Confidence: 0.9}})
			if err != nil {
				t.Fatal(err)
			}
		}},
		{"review rejects", "/api/v1/flows", func(t *testing.T, st *sqlite.Store) {
			if _, err := st.ReviewFact(ctx, domain.ReviewInput{FactID: factID(t, st, "doc-en", 0), Action: domain.ReviewRejected, Who: "t"}); err != nil {
				t.Fatal(err)
			}
		}},
		{"review corrects", "/api/v1/flows", func(t *testing.T, st *sqlite.Store) {
			v := 2e9
			if _, err := st.ReviewFact(ctx, domain.ReviewInput{FactID: factID(t, st, "doc-ar", 0), Action: domain.ReviewCorrected,
				Correction: &domain.Correction{ValueUSD: &v}, Who: "t"}); err != nil {
				t.Fatal(err)
			}
		}},
		{"review confirms", "", func(t *testing.T, st *sqlite.Store) {
			if _, err := st.ReviewFact(ctx, domain.ReviewInput{FactID: factID(t, st, "doc-fr", 0), Action: domain.ReviewConfirmed, Who: "t"}); err != nil {
				t.Fatal(err)
			}
		}},
		{"reextract changes a fact", "/api/v1/flows", func(t *testing.T, st *sqlite.Store) {
			fr := "La France a livré des canons Caesar au Maroc en 2022."
			if _, err := st.ReplaceFacts(ctx, "doc-fr", []domain.Fact{{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("MA"),
				System: &domain.System{ID: "caesar", Name: "CAESAR", Category: "artillery"}, Quantity: 36, ValueUSD: 170e6,
				Stage: domain.StageDelivered, Year: 2022, Evidence: evidence(fr, fr), Confidence: 0.8}}, false); err != nil {
				t.Fatal(err)
			}
		}},
		{"reextract deletes facts", "/countries/NG", func(t *testing.T, st *sqlite.Store) {
			en := "Nigeria will buy twelve AH-1Z helicopters from the United States. The sale is worth $997 million. Nigeria joined the Coalition in 2019."
			if _, err := st.ReplaceFacts(ctx, "doc-en", []domain.Fact{{Type: domain.TypeMembership, Member: code("NG"),
				Organization: &domain.Named{Name: "Coalition"}, Year: 2019, Evidence: evidence(en, "Nigeria joined the Coalition in 2019."), Confidence: 0.7}}, false); err != nil {
				t.Fatal(err)
			}
		}},
		{"near duplicates regrouped", "/api/v1/deals", func(t *testing.T, st *sqlite.Store) {
			// doc-new becomes a copy of doc-ar: their FR→EG deal (counted
			// once in totals either way) has one source fewer.
			if _, err := st.UpdateNearDuplicates(ctx, func(string) uint64 { return 1 }, func(docs []domain.DocHash) map[string]string {
				return map[string]string{"doc-new": "doc-ar"}
			}); err != nil {
				t.Fatal(err)
			}
		}},
	}
	// Once with every request waiting for the recomputation, once with the
	// previous answers served while it runs: after the refreshes, the
	// pages are the same.
	for _, staleAfter := range []time.Duration{-1, time.Nanosecond} {
		t.Run(fmt.Sprint("stale after ", staleAfter), func(t *testing.T) { testCacheFollowsWrites(t, staleAfter, tests) })
	}
}

type cacheWrite struct {
	name    string
	changes string // a path whose body the write must change
	write   func(t *testing.T, st *sqlite.Store)
}

func testCacheFollowsWrites(t *testing.T, staleAfter time.Duration, tests []cacheWrite) {
	srv, st := newTest(t, Options{StaleAfter: staleAfter, RatePerSecond: 1e9, Burst: 1 << 30})
	body := func(s *Server, path string) string {
		rec := get(t, s, path)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	before := map[string]string{}
	for _, p := range cachedPaths {
		before[p] = body(srv, p)
	}
	// Without a write, a second round reads the cache only.
	n := srv.cache.computed
	for _, p := range cachedPaths {
		if got := body(srv, p); got != before[p] {
			t.Fatalf("%s changed without a write", p)
		}
	}
	if srv.cache.computed != n {
		t.Fatalf("a round without writes computed %d answers again", srv.cache.computed-n)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.write(t, st)
			if staleAfter >= 0 {
				// The first visitors may see the previous answers.
				for _, p := range cachedPaths {
					body(srv, p)
				}
				srv.cache.waitRefreshes()
			}
			fresh, err := NewServer(st, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range cachedPaths {
				got, want := body(srv, p), body(fresh, p)
				if got != want {
					t.Errorf("%s: the cached page differs from the page computed afresh", p)
				}
				if p == tt.changes && got == before[p] {
					t.Errorf("%s: unchanged by the write", p)
				}
				before[p] = got
			}
		})
	}
}

// TestCacheIsPerVersion checks that a read at an unchanged version is
// served from the cache and that any write moves the version.
func TestCacheIsPerVersion(t *testing.T) {
	ctx := context.Background()
	srv, st := newTest(t, Options{})
	v0, err := st.RegisterVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	get(t, srv, "/")
	n := srv.cache.computed
	get(t, srv, "/")
	if srv.cache.computed != n {
		t.Fatal("the overview was computed twice at one version")
	}
	if err := st.SaveReference(ctx, []domain.RefDeal{{ID: "1", Supplier: "FR", Recipient: "EG", Designation: "Rafale"}}); err != nil {
		t.Fatal(err)
	}
	v1, err := st.RegisterVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 <= v0 {
		t.Fatalf("version %d after saving the reference register, was %d", v1, v0)
	}
	if body := get(t, srv, "/").Body.String(); !strings.Contains(body, "Overview") {
		t.Fatalf("overview: %s", body)
	}
	if srv.cache.computed == n {
		t.Fatal("the overview was not computed again after a write")
	}
}

// TestCacheConcurrent reads cached pages from several goroutines while the
// register is written (go test -race checks the sharing); at the end the
// cached pages equal freshly computed ones.
func TestCacheConcurrent(t *testing.T) {
	ctx := context.Background()
	srv, st := newTest(t, Options{})
	paths := []string{"/", "/map", "/countries/FR", "/api/v1/deals?supplier=FR", "/pairs/FR/EG"}
	done := make(chan struct{})
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; ; i++ {
				select {
				case <-done:
					errs <- ""
					return
				default:
				}
				if rec := get(t, srv, paths[i%len(paths)]); rec.Code != 200 {
					errs <- paths[i%len(paths)]
				}
			}
		}()
	}
	for i := 0; i < 20; i++ {
		text := "France sold Rafale jets to Egypt."
		doc := &domain.Document{ID: "conc-" + string(rune('a'+i)), Source: "c.txt", Language: "en", Published: "2024-01-01", Text: text}
		if _, err := st.SaveDocument(ctx, doc, []domain.Fact{{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"),
			System: &domain.System{ID: "rafale", Name: "Rafale"}, Quantity: i + 1, Year: 2024, Evidence: evidence(text, text), Confidence: 0.9}}); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	for g := 0; g < 4; g++ {
		for p := <-errs; p != ""; p = <-errs {
			t.Errorf("%s failed", p)
		}
	}
	fresh, err := NewServer(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if get(t, srv, p).Body.String() != get(t, fresh, p).Body.String() {
			t.Errorf("%s: the cached page differs from the page computed afresh", p)
		}
	}
}

// gatedStore holds Flows while its gate is closed.
type gatedStore struct {
	*sqlite.Store
	mu   sync.Mutex
	gate chan struct{} // nil: open
}

func (g *gatedStore) Flows(ctx context.Context, q domain.FactQuery) ([]domain.Flow, error) {
	g.mu.Lock()
	gate := g.gate
	g.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return g.Store.Flows(ctx, q)
}

func (g *gatedStore) close() { g.mu.Lock(); g.gate = make(chan struct{}); g.mu.Unlock() }
func (g *gatedStore) open()  { g.mu.Lock(); close(g.gate); g.gate = nil; g.mu.Unlock() }

// TestStaleWhileRefresh checks that after a write a request whose
// aggregate takes long to recompute is served the previous answer at
// once, that the recomputed answer replaces it, and that a computation
// that reads another cached aggregate (the overview reads the flows)
// never builds on a previous answer.
func TestStaleWhileRefresh(t *testing.T) {
	ctx := context.Background()
	_, st := newTest(t, Options{})
	g := &gatedStore{Store: st}
	srv, err := NewServer(g, Options{StaleAfter: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	body := func(s *Server, path string) string {
		t.Helper()
		rec := get(t, s, path)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	beforeFlows, beforeOverview := body(srv, "/api/v1/flows"), body(srv, "/")
	page, err := st.QueryFacts(ctx, domain.FactQuery{DocumentID: "doc-en", Sort: "id"})
	if err != nil || len(page.Facts) == 0 {
		t.Fatal(page, err)
	}
	if _, err := st.ReviewFact(ctx, domain.ReviewInput{FactID: page.Facts[0].ID, Action: domain.ReviewRejected, Who: "t"}); err != nil {
		t.Fatal(err)
	}
	fresh, err := NewServer(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantFlows, wantOverview := body(fresh, "/api/v1/flows"), body(fresh, "/")
	if wantFlows == beforeFlows || wantOverview == beforeOverview {
		t.Fatal("the review changes neither the flows nor the overview")
	}

	// The overview is refreshed first: its recomputation must read the
	// flows at the new version, not the cached ones.
	g.close()
	t0 := time.Now()
	if got := body(srv, "/"); got != beforeOverview {
		t.Error("while the flows are recomputed, the overview is not the previous one")
	}
	if got := body(srv, "/api/v1/flows"); got != beforeFlows {
		t.Error("while they are recomputed, the flows are not the previous ones")
	}
	if d := time.Since(t0); d > 5*time.Second {
		t.Errorf("the previous answers took %s", d)
	}
	g.open()
	srv.cache.waitRefreshes()
	if got := body(srv, "/"); got != wantOverview {
		t.Error("after the refresh, the overview differs from the one computed afresh")
	}
	if got := body(srv, "/api/v1/flows"); got != wantFlows {
		t.Error("after the refresh, the flows differ from the ones computed afresh")
	}
}

// TestWarm checks that Warm computes the overview and the country pages
// of the largest flows, so that their first visitors read the cache.
func TestWarm(t *testing.T) {
	srv, _ := newTest(t, Options{})
	srv.Warm(context.Background())
	n := srv.cache.computed
	if n == 0 {
		t.Fatal("Warm computed nothing")
	}
	for _, p := range []string{"/", "/map", "/countries/FR", "/countries/EG"} {
		get(t, srv, p)
	}
	if srv.cache.computed != n {
		t.Errorf("after Warm, the overview, map and country pages computed %d answers", srv.cache.computed-n)
	}
}
