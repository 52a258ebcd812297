package migrate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/samples"
	"github.com/armswatch/armswatch/internal/source"
	"github.com/armswatch/armswatch/internal/store/postgres"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// register is what the comparisons read.
type register interface {
	domain.Store
	domain.Ranker
}

// source builds a SQLite register with every kind migrate copies: the
// sample articles, three reviews (confirmed, corrected, rejected) and a
// fact a reviewer added, fingerprints, a feed with items, a watchlist and
// reference deals.
func sourceRegister(t *testing.T) (*sqlite.Store, []domain.StoredFact) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if err := samples.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "src.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := &pipeline.Pipeline{Extractor: extract.New(lexicon.Default())}
	if sum := p.Ingest(ctx, st, []string{dir}, source.Options{}, nil); sum.Failed > 0 || sum.Stored == 0 {
		t.Fatalf("ingest: %s", sum)
	}
	facts, err := st.Facts(ctx, domain.Filter{})
	if err != nil || len(facts) < 5 {
		t.Fatalf("%d facts (%v)", len(facts), err)
	}
	usd := 123e6
	for i, in := range []domain.ReviewInput{
		{FactID: facts[0].ID, Action: domain.ReviewConfirmed, Who: "ana"},
		{FactID: facts[1].ID, Action: domain.ReviewCorrected, Correction: &domain.Correction{ValueUSD: &usd}, Who: "ben", Note: "the ministry's figure"},
		{FactID: facts[2].ID, Action: domain.ReviewRejected, Who: "ana"},
	} {
		if _, err := st.ReviewFact(ctx, in); err != nil {
			t.Fatalf("review %d: %v", i, err)
		}
	}
	doc, err := st.Document(ctx, facts[3].DocumentID)
	if err != nil {
		t.Fatal(err)
	}
	added := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "MA"},
		Stage: domain.StageDelivered, Evidence: domain.Evidence{Start: 0, End: min(20, len([]rune(doc.Text)))}}
	if _, err := st.AddFact(ctx, domain.AddFactInput{DocumentID: doc.ID, Fact: added, Who: "ana"}); err != nil {
		t.Fatal(err)
	}
	// A document with more facts than one INSERT of the import writes.
	big := &domain.Document{ID: "big-document", Source: "test://big", Language: "en", Published: "2024-05-01",
		Text: "France delivered Caesar howitzers to Morocco."}
	var many []domain.Fact
	for i := range 250 {
		many = append(many, domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "MA"},
			Stage: domain.StageDelivered, Quantity: i + 1, Evidence: domain.Evidence{Start: 0, End: 10, Text: "France del"}})
	}
	if _, err := st.SaveDocument(ctx, big, many); err != nil {
		t.Fatal(err)
	}
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if err := st.SetSimHash(ctx, id, uint64(0xfeedface00000000)+uint64(i)); err != nil {
			t.Fatal(err)
		}
	}
	f, _, err := st.AddFeed(ctx, "https://example.org/rss", "Example")
	if err != nil {
		t.Fatal(err)
	}
	f.ETag, f.LastOK, f.LastPolled = `"v1"`, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := st.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	for _, it := range []domain.FeedItem{
		{FeedID: f.ID, Key: "a", Link: "https://example.org/a", Title: "A", DocumentID: ids[0]},
		{FeedID: f.ID, Key: "b", Link: "https://example.org/b", Error: "HTTP 500"},
	} {
		if err := st.SaveItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SaveWatchlist(ctx, &domain.Watchlist{ID: "w1", Name: "Morocco", Query: "recipient=MA", LastFact: facts[2].ID}); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveReference(ctx, []domain.RefDeal{
		{ID: "1001", Supplier: "US", Recipient: "MA", Designation: "F-16V", OrderYear: 2019, Ordered: 25},
		{ID: "1002", Supplier: "FR", Recipient: "MA", Designation: "Caesar", OrderYear: 2020, Ordered: 36},
	}); err != nil {
		t.Fatal(err)
	}
	return st, facts[:3]
}

// factSet is a register's facts without their ids (which differ), sorted.
func factSet(t *testing.T, st domain.Store) []string {
	t.Helper()
	facts, err := st.Facts(context.Background(), domain.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range facts {
		f.ID = 0
		b, _ := json.Marshal(f)
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

// ranks are the rankings of every supplier's recipients, by value and by
// count: deal resolution and reviews show in them.
func ranks(t *testing.T, st register, suppliers []string) string {
	t.Helper()
	var b strings.Builder
	for _, s := range suppliers {
		for _, by := range []string{"value", "count"} {
			rows, err := st.Rank(context.Background(), domain.RankQuery{Supplier: s, By: by})
			if err != nil {
				t.Fatal(err)
			}
			j, _ := json.Marshal(rows)
			b.WriteString(s + " " + by + " " + string(j) + "\n")
		}
	}
	return b.String()
}

func suppliers(t *testing.T, st domain.Store) []string {
	facts, err := st.Facts(context.Background(), domain.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range facts {
		if f.Supplier != nil && f.Supplier.Code != "" {
			seen[f.Supplier.Code] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	if len(out) < 2 {
		t.Fatalf("only suppliers %v in the samples", out)
	}
	return out
}

// same checks that dst reads like src.
func same(t *testing.T, src, dst register) {
	t.Helper()
	ctx := context.Background()
	s1, err := src.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := dst.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if j1, j2 := mustJSON(s1), mustJSON(s2); j1 != j2 {
		t.Errorf("stats differ:\nsource %s\ntarget %s", j1, j2)
	}
	if f1, f2 := factSet(t, src), factSet(t, dst); !slices.Equal(f1, f2) {
		t.Errorf("facts differ: %d in the source, %d in the target", len(f1), len(f2))
	}
	sup := suppliers(t, src)
	if r1, r2 := ranks(t, src, sup), ranks(t, dst, sup); r1 != r2 {
		t.Errorf("rankings differ:\nsource\n%s\ntarget\n%s", r1, r2)
	}
	// The register as reviewed (corrections applied, rejected facts out).
	q1, ok1 := src.(domain.Register)
	q2, ok2 := dst.(domain.Register)
	if ok1 && ok2 {
		p1, err := q1.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Limit: 1000}})
		if err != nil {
			t.Fatal(err)
		}
		p2, err := q2.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Limit: 1000}})
		if err != nil {
			t.Fatal(err)
		}
		if a, b := registerView(p1), registerView(p2); a != b {
			t.Errorf("the reviewed registers differ:\nsource %s\ntarget %s", a, b)
		}
	}
}

// registerView is a page of the reviewed register without fact ids.
func registerView(p domain.FactPage) string {
	var out []string
	for _, f := range p.Facts {
		f.ID = 0
		out = append(out, mustJSON(f))
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func checkFirst(t *testing.T, rep Report, wantSkipped ...string) {
	t.Helper()
	for _, k := range []string{KindDocuments, KindFacts, KindReviews, KindAudit, KindFeeds, KindFeedItems, KindWatchlists, KindReference} {
		c := rep.Get(k)
		if slices.Contains(wantSkipped, k) {
			if c.Skipped == "" {
				t.Errorf("%s: not skipped", k)
			}
			continue
		}
		if c.Skipped != "" || c.Found == 0 || c.Moved != c.Found {
			t.Errorf("%s: %+v, want all moved", k, c)
		}
	}
}

func checkAgain(t *testing.T, rep Report) {
	t.Helper()
	for _, c := range rep {
		if c.Moved != 0 {
			t.Errorf("second run moved %d %s", c.Moved, c.Kind)
		}
	}
}

func TestSQLiteToSQLite(t *testing.T) {
	ctx := context.Background()
	src, reviewed := sourceRegister(t)
	dst, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dst.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	rep, err := Run(ctx, src, dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	checkFirst(t, rep)
	if c := rep.Get(KindReviews); c.Moved != 4 { // three reviews, and the added fact's
		t.Errorf("reviews: %+v, want 4", c)
	}
	same(t, src, dst)

	// Reviews and their audit trail follow the facts (new ids).
	for _, f := range reviewed {
		r1, err := src.Reviews(ctx, f.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		id := findFact(t, src, dst, f.ID)
		r2, err := dst.Reviews(ctx, id, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(r1) != 1 || len(r2) != 1 || r1[0].Action != r2[0].Action || r1[0].Who != r2[0].Who || r1[0].Note != r2[0].Note || !r1[0].At.Equal(r2[0].At) || r2[0].FactID != id {
			t.Errorf("fact %d's reviews: source %+v, target %+v", f.ID, r1, r2)
		}
	}
	sameExtras(t, src, dst, reviewed[2].ID)

	rep2, err := Run(ctx, src, dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkAgain(t, rep2)
	same(t, src, dst)
	if !strings.Contains(rep2.String(), "0 moved") {
		t.Errorf("report of a second run:\n%s", rep2)
	}
}

// full is what sameExtras reads: the register, its feeds, watchlists,
// reference deals and near-duplicate groups.
type full interface {
	domain.Register
	domain.FeedExporter
	domain.ReferenceRegister
	Feeds(ctx context.Context) ([]domain.Feed, error)
	Watchlists(ctx context.Context) ([]domain.Watchlist, error)
	DupGroups(ctx context.Context) (map[string]string, error)
}

// sameExtras checks that dst holds src's feeds with their items, its
// watchlist (its last fact mapped, so that no fact it had not sent when
// it had sent up to sentUpTo is below its mark), its reference deals and
// its near-duplicate groups.
func sameExtras(t *testing.T, src, dst full, sentUpTo int64) {
	t.Helper()
	ctx := context.Background()
	if f1, f2 := feedsView(t, src), feedsView(t, dst); f1 != f2 {
		t.Errorf("feeds differ:\nsource %s\ntarget %s", f1, f2)
	}
	feeds, err := dst.Feeds(ctx)
	if err != nil || len(feeds) != 1 || feeds[0].ETag != `"v1"` || feeds[0].Items != 2 || feeds[0].Documents != 1 || !feeds[0].LastOK.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Errorf("target feeds %+v (%v)", feeds, err)
	}
	ws, err := dst.Watchlists(ctx)
	if err != nil || len(ws) != 1 || ws[0].ID != "w1" || ws[0].Query != "recipient=MA" || ws[0].LastFact <= 0 {
		t.Fatalf("watchlists %+v (%v)", ws, err)
	}
	all, err := src.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Limit: 1000}, IncludeRejected: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all.Facts {
		if id := findFact(t, src, dst, f.ID); f.ID > sentUpTo && id <= ws[0].LastFact {
			t.Errorf("fact %d (not sent) is %d in the target, below the watchlist's mark %d", f.ID, id, ws[0].LastFact)
		}
	}
	r1, err := src.Reference(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r2, err := dst.Reference(ctx); err != nil || len(r2) != 2 || r2[1].Designation != "Caesar" || mustJSON(r1) != mustJSON(r2) {
		t.Errorf("reference %+v (%v), source %+v", r2, err, r1)
	}
	g1, err := src.DupGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g2, err := dst.DupGroups(ctx); err != nil || mustJSON(g1) != mustJSON(g2) {
		t.Errorf("near-duplicate groups differ: %v / %v (%v)", g1, g2, err)
	}
}

// feedsView is a register's feeds and items without their ids.
func feedsView(t *testing.T, st domain.FeedExporter) string {
	t.Helper()
	var out []string
	err := st.ExportFeeds(context.Background(), func(f domain.ExportedFeed) error {
		f.Feed.ID = 0
		for i := range f.Items {
			f.Items[i].FeedID = 0
		}
		out = append(out, mustJSON(f))
		return nil
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("export feeds: %d (%v)", len(out), err)
	}
	return strings.Join(out, "\n")
}

// findFact finds in dst the fact of src with id: same document, same
// ordinal.
func findFact(t *testing.T, src, dst domain.Register, id int64) int64 {
	t.Helper()
	ctx := context.Background()
	f, err := src.Fact(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	page, err := dst.QueryFacts(ctx, domain.FactQuery{DocumentID: f.DocumentID, IncludeRejected: true, Filter: domain.Filter{Limit: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range page.Facts {
		if g.Ordinal == f.Ordinal {
			return g.ID
		}
	}
	t.Fatalf("fact %d (%s/%d) not found in the target", id, f.DocumentID, f.Ordinal)
	return 0
}

// testPG is the PostgreSQL server of the tests (ARMSWATCH_TEST_PG, else
// the local default).
func testPG() string {
	if dsn := os.Getenv("ARMSWATCH_TEST_PG"); dsn != "" {
		return dsn
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// pgSchema returns a DSN on a fresh schema of its own, or skips.
func pgSchema(t *testing.T) string {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, testPG())
	if err != nil {
		t.Skipf("no PostgreSQL for the tests (set ARMSWATCH_TEST_PG): %v", err)
	}
	defer conn.Close(context.Background())
	b := make([]byte, 6)
	rand.Read(b)
	schema := "migrate_" + hex.EncodeToString(b)
	conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), testPG())
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	sep := "?"
	if strings.Contains(testPG(), "?") {
		sep = "&"
	}
	return testPG() + sep + "search_path=" + schema + ",public"
}

func TestSQLiteToPostgres(t *testing.T) {
	dsn := pgSchema(t)
	ctx := context.Background()
	src, reviewed := sourceRegister(t)
	dst, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	rep, err := Run(ctx, src, dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	checkFirst(t, rep)
	same(t, src, dst)
	rep2, err := Run(ctx, src, dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkAgain(t, rep2)
	same(t, src, dst)
	sameExtras(t, src, dst, reviewed[2].ID)

	// And back to SQLite: the round trip loses nothing (the reviewed
	// register, reviews and their audit trail, feeds, watchlists,
	// reference deals, near-duplicate groups), and again moves nothing.
	back, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "back.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	rep3, err := Run(ctx, dst, back, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("back:\n%s", rep3)
	checkFirst(t, rep3)
	for _, c := range rep {
		if c3 := rep3.Get(c.Kind); c3.Moved != c.Moved {
			t.Errorf("back to SQLite: %s %+v, want %d moved", c.Kind, c3, c.Moved)
		}
	}
	same(t, src, back)
	sameExtras(t, src, back, reviewed[2].ID)
	rep4, err := Run(ctx, dst, back, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkAgain(t, rep4)
	for _, f := range reviewed {
		r1, err := src.Reviews(ctx, f.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		id := findFact(t, src, back, f.ID)
		r2, err := back.Reviews(ctx, id, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(r1) != 1 || len(r2) != 1 || r1[0].Action != r2[0].Action || r1[0].Who != r2[0].Who || r1[0].Note != r2[0].Note ||
			!r1[0].At.Truncate(time.Microsecond).Equal(r2[0].At) || r2[0].FactID != id {
			t.Errorf("fact %d's reviews after the round trip: source %+v, back %+v", f.ID, r1, r2)
		}
	}
}
