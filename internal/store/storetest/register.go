package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file is the suite of what the web register and the CLI's feeds,
// watch, deals and reference commands read and write beyond domain.Store:
// paged and sorted queries, one fact, timelines, flows, reviews and their
// audit trail, watchlists, pair sheets, search pages, document lists,
// deal selections, feeds, near-duplicate groups and the reference
// register.

// registerTests are the tests of this file, run by Run.
func registerTests[S Store]() []namedTest[S] {
	return []namedTest[S]{
		{"QueryFacts", QueryFacts[S]},
		{"FactByID", FactByID[S]},
		{"TimelineAndFlows", TimelineAndFlows[S]},
		{"ReviewTrail", ReviewTrail[S]},
		{"Watchlists", Watchlists[S]},
		{"PairSheet", PairSheet[S]},
		{"SearchPage", SearchPage[S]},
		{"ListDocuments", ListDocuments[S]},
		{"DealSelection", DealSelection[S]},
		{"Feeds", Feeds[S]},
		{"NearDuplicatesAndReference", NearDuplicatesAndReference[S]},
	}
}

type namedTest[S Store] struct {
	name string
	run  func(*testing.T, Adapter[S])
}

// rules are the Rules of register facts, in order (never nil).
func rules(fs []domain.RegisterFact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// QueryFacts: filters, sorts, pages and totals of the web register.
func QueryFacts[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		q     domain.FactQuery
		want  []string
		total int
	}{
		{"default date desc", domain.FactQuery{Desc: true}, []string{"C0", "C1", "A0", "A1", "A2", "B0", "B1", "D0"}, 8},
		{"page", domain.FactQuery{Desc: true, Filter: domain.Filter{Limit: 2, Offset: 2}}, []string{"A0", "A1"}, 8},
		{"value desc", domain.FactQuery{Sort: "value", Desc: true, Filter: domain.Filter{Type: "transfer"}}, []string{"A0", "B0", "C0", "D0"}, 4},
		{"year asc", domain.FactQuery{Sort: "year", Filter: domain.Filter{Type: "transfer"}}, []string{"D0", "B0", "A0", "C0"}, 4},
		{"year desc", domain.FactQuery{Sort: "year", Desc: true, Filter: domain.Filter{Type: "transfer"}}, []string{"C0", "A0", "B0", "D0"}, 4},
		{"party MA", domain.FactQuery{Party: "MA", Sort: "id"}, []string{"A0", "A1", "A2", "B0", "B1", "D0"}, 6},
		{"party in lower case", domain.FactQuery{Party: "ma", Sort: "id"}, []string{"A0", "A1", "A2", "B0", "B1", "D0"}, 6},
		{"pair FR-MA", domain.FactQuery{PairSupplier: "FR", PairRecipient: "MA", Sort: "id"}, []string{"A2", "B0", "B1"}, 3},
		{"pair US-MA", domain.FactQuery{PairSupplier: "US", PairRecipient: "MA", Sort: "id"}, []string{"A0", "A1", "A2"}, 3},
		{"system id", domain.FactQuery{SystemID: "caesar"}, []string{"B0"}, 1},
		{"system substring", domain.FactQuery{Sort: "id", Filter: domain.Filter{System: "Himars"}}, []string{"A0"}, 1},
		{"suppliers set, any case", domain.FactQuery{Sort: "id", Filter: domain.Filter{Suppliers: []string{"fr", "ES"}}}, []string{"B0", "D0"}, 2},
		{"supplier or provider", domain.FactQuery{Sort: "id", Filter: domain.Filter{Supplier: "us"}}, []string{"A0", "A1", "C0", "C1"}, 4},
		{"date asc", domain.FactQuery{Filter: domain.Filter{Type: "transfer"}}, []string{"D0", "B0", "A0", "C0"}, 4},
		{"document", domain.FactQuery{DocumentID: "C", Sort: "id"}, []string{"C0", "C1"}, 2},
		{"years", domain.FactQuery{Sort: "id", Filter: domain.Filter{Since: 2023, Until: 2024}}, []string{"A0", "A1", "B0"}, 3},
		{"language and text", domain.FactQuery{Sort: "id", Filter: domain.Filter{Language: "fr", Text: "canons"}}, []string{"B0", "B1"}, 2},
		{"min id", domain.FactQuery{Sort: "id", MinID: 0, Filter: domain.Filter{Category: "ARTILLERY"}}, []string{"A0", "B0"}, 2},
		{"nothing searchable", domain.FactQuery{Filter: domain.Filter{Text: "!!"}}, []string{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.QueryFacts(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(p.Facts); !slices.Equal(got, tc.want) || p.Total != tc.total {
				t.Errorf("got %v total %d, want %v total %d", got, p.Total, tc.want, tc.total)
			}
		})
	}
	if _, err := s.QueryFacts(ctx, domain.FactQuery{Sort: "body; DROP TABLE facts"}); err == nil {
		t.Error("unknown sort accepted")
	}
}

// FactByID: one fact, and a missing one wraps ErrNotFound.
func FactByID[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	p, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "B", Sort: "id"})
	if err != nil || len(p.Facts) != 2 {
		t.Fatalf("page %+v, %v", p, err)
	}
	f, err := s.Fact(ctx, p.Facts[1].ID)
	if err != nil || f.Rule != "B1" || f.DocumentID != "B" || f.Language != "fr" || f.Published != "2023-02-10" || f.Key == "" || f.Ordinal != 1 {
		t.Errorf("Fact = %+v, %v", f, err)
	}
	if len(f.Parties) != 2 || f.Parties[0].Code != "FR" {
		t.Errorf("parties = %+v", f.Parties)
	}
	if _, err := s.Fact(ctx, 99999); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("missing fact: %v", err)
	}
}

// TimelineAndFlows: facts per year and stage; money per pair.
func TimelineAndFlows[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	tl, err := s.Timeline(ctx, domain.FactQuery{Filter: domain.Filter{Type: "transfer"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []domain.YearCount{{Year: 2022, Stage: "other", Facts: 1}, {Year: 2023, Stage: "ordered", Facts: 1}, {Year: 2024, Stage: "approved", Facts: 1}, {Year: 2025, Stage: "delivered", Facts: 1}}
	if !slices.Equal(tl, want) {
		t.Errorf("timeline = %v, want %v", tl, want)
	}
	fl, err := s.Flows(ctx, domain.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fl) != 4 || fl[0] != (domain.Flow{Supplier: "US", Recipient: "MA", ValueUSD: 524e6, Facts: 1}) {
		t.Errorf("flows = %v", fl)
	}
	if fl, err := s.Flows(ctx, domain.FactQuery{Filter: domain.Filter{Recipient: "eg"}}); err != nil || len(fl) != 1 || fl[0].Supplier != "US" {
		t.Errorf("flows to EG = %v, %v", fl, err)
	}
}

// ReviewTrail: reviews apply to the register (corrections, rejections
// hidden unless asked for) and their trail is kept, newest first.
func ReviewTrail[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	p, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id"})
	if err != nil {
		t.Fatal(err)
	}
	a0, a1 := p.Facts[0], p.Facts[1]
	v0, err := s.RegisterVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	q := 36
	rv, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a0.ID, Action: domain.ReviewCorrected, Correction: &domain.Correction{Quantity: &q}, Who: "ana", Client: "test"})
	if err != nil || rv.ID == 0 || rv.FactKey != a0.Key || rv.DocumentID != "A" {
		t.Fatalf("review = %+v, %v", rv, err)
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a1.ID, Action: domain.ReviewRejected, Who: "bo", Note: "not a program"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a0.ID, Action: domain.ReviewCorrected}); err == nil {
		t.Error("empty correction accepted")
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a0.ID, Action: "approve"}); err == nil {
		t.Error("unknown action accepted")
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: 99999, Action: domain.ReviewConfirmed}); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("missing fact: %v", err)
	}
	if v1, err := s.RegisterVersion(ctx); err != nil || v1 <= v0 {
		t.Errorf("register version %d after reviews, was %d (%v)", v1, v0, err)
	}
	p, err = s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id"})
	if err != nil {
		t.Fatal(err)
	}
	if got := rules(p.Facts); !slices.Equal(got, []string{"A0", "A2"}) {
		t.Fatalf("facts %v, want the rejected A1 hidden", got)
	}
	if f := p.Facts[0]; f.Quantity != 36 || f.ReviewStatus != domain.ReviewCorrected {
		t.Errorf("A0 quantity %d status %q, want the correction", f.Quantity, f.ReviewStatus)
	}
	all, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id", IncludeRejected: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Facts) != 3 || all.Facts[1].ReviewStatus != domain.ReviewRejected {
		t.Errorf("with rejected: %v", rules(all.Facts))
	}
	trail, err := s.Reviews(ctx, a0.ID, 0)
	if err != nil || len(trail) != 1 || trail[0].Who != "ana" || trail[0].Client != "test" || trail[0].Correction == nil ||
		*trail[0].Correction.Quantity != 36 || trail[0].At.IsZero() {
		t.Errorf("trail %+v, %v", trail, err)
	}
	whole, err := s.Reviews(ctx, 0, 10)
	if err != nil || len(whole) != 2 || whole[0].Who != "bo" || whole[0].Note != "not a program" || whole[0].Correction != nil {
		t.Errorf("whole trail %+v, %v", whole, err)
	}
	// Sorting and filtering on a corrected column read the correction.
	p, err = s.QueryFacts(ctx, domain.FactQuery{Sort: "quantity", Desc: true, Filter: domain.Filter{Type: "transfer", Limit: 1}})
	if err != nil || len(p.Facts) != 1 || p.Facts[0].Rule != "A0" {
		t.Errorf("by quantity: %v, %v", rules(p.Facts), err)
	}
}

// Watchlists: save, mark, read, list and delete.
func Watchlists[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	w := &domain.Watchlist{Name: "US to Africa", Query: "supplier=US&region=africa", Webhook: "http://127.0.0.1:1/hook"}
	if err := s.SaveWatchlist(ctx, w); err != nil || w.ID == "" {
		t.Fatalf("save: %v, id %q", err, w.ID)
	}
	if err := s.MarkWatchlist(ctx, w.ID, 42, "boom"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkWatchlist(ctx, w.ID, 7, "boom"); err != nil { // never backwards
		t.Fatal(err)
	}
	got, err := s.Watchlist(ctx, w.ID)
	if err != nil || got.Query != w.Query || got.LastFact != 42 || got.LastError != "boom" || !got.Created.Equal(w.Created) {
		t.Errorf("got %+v, %v; saved %+v", got, err, w)
	}
	w.Name = "renamed"
	if err := s.SaveWatchlist(ctx, w); err != nil {
		t.Fatal(err)
	}
	other := &domain.Watchlist{Name: "second", Query: "q=rafale"}
	if err := s.SaveWatchlist(ctx, other); err != nil {
		t.Fatal(err)
	}
	all, err := s.Watchlists(ctx)
	if err != nil || len(all) != 2 || all[0].Name != "renamed" || all[0].LastFact != 42 || all[1].ID != other.ID {
		t.Errorf("list %+v, %v", all, err)
	}
	if err := s.DeleteWatchlist(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Watchlist(ctx, w.ID); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
	if err := s.DeleteWatchlist(ctx, w.ID); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

// PairSheet: a pair's systems, timeline and total.
func PairSheet[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	sheet, err := s.PairSheet(ctx, "us", "MA", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(sheet.Systems) != 1 {
		t.Fatalf("systems = %+v", sheet.Systems)
	}
	sys := sheet.Systems[0]
	if sys.ID != "m142-himars" || sys.Name != "M142 HIMARS" || sys.Category != "artillery" || sys.ValueUSD != 524e6 ||
		!slices.Equal(sys.Stages, []string{"approved"}) || sys.Facts != 1 || len(sys.Cites) != 1 || sys.Cites[0].Rule != "A0" {
		t.Errorf("system = %+v", sys)
	}
	wantTL := []domain.YearCount{{Year: 2024, Stage: "", Facts: 1}, {Year: 2024, Stage: "approved", Facts: 1}}
	if !slices.Equal(sheet.Timeline, wantTL) || sheet.Facts != 1 || sheet.ValueUSD != 524e6 {
		t.Errorf("timeline %v facts %d value %v", sheet.Timeline, sheet.Facts, sheet.ValueUSD)
	}
	// A system without a lexicon id is a line of its own, by category.
	sheet, err = s.PairSheet(ctx, "ES", "ma", 1)
	if err != nil || len(sheet.Systems) != 1 || sheet.Systems[0].Category != "ships" || sheet.Systems[0].ID != "" ||
		len(sheet.Systems[0].Cites) != 1 || sheet.Systems[0].Cites[0].Rule != "D0" {
		t.Errorf("ES-MA: %+v, %v", sheet, err)
	}
	if sheet, err := s.PairSheet(ctx, "RU", "MA", 1); err != nil || len(sheet.Systems) != 0 || sheet.Facts != 0 {
		t.Errorf("RU-MA: %+v, %v", sheet, err)
	}
}

// SearchPage: paged full-text search with totals and snippets, and the
// register's Search with languages.
func SearchPage[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	page, err := s.SearchPage(ctx, domain.SearchQuery{Text: "himars"})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 1 || len(page.Hits) != 1 || page.Hits[0].ID != "A" || page.Hits[0].Published != "2024-05-01" ||
		page.Hits[0].Language != "en" || !strings.Contains(page.Hits[0].Snippet, domain.HighlightStart) {
		t.Errorf("page = %+v", page)
	}
	page, err = s.SearchPage(ctx, domain.SearchQuery{Text: "Title", Limit: 2, Offset: 1})
	if err != nil || page.Total != 4 || len(page.Hits) != 2 {
		t.Errorf("paged: %+v, %v", page, err)
	}
	if page, err := s.SearchPage(ctx, domain.SearchQuery{Text: "( ! )"}); err != nil || page.Total != 0 || len(page.Hits) != 0 {
		t.Errorf("nothing searchable: %+v, %v", page, err)
	}
	hits, err := s.Search(ctx, "Maroc", 10)
	if err != nil || len(hits) != 1 || hits[0].ID != "B" || hits[0].Language != "fr" {
		t.Errorf("Search = %+v, %v", hits, err)
	}
}

// ListDocuments: newest first, undated last, with fact counts.
func ListDocuments[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	page, err := s.ListDocuments(ctx, domain.DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range page.Documents {
		got = append(got, fmt.Sprintf("%s:%d", d.ID, d.Facts))
	}
	if page.Total != 4 || !slices.Equal(got, []string{"C:2", "A:3", "B:2", "D:1"}) {
		t.Errorf("documents %v total %d", got, page.Total)
	}
	page, err = s.ListDocuments(ctx, domain.DocumentQuery{Language: "FR"})
	if err != nil || page.Total != 1 || len(page.Documents) != 1 || page.Documents[0].Title != "Title of B" {
		t.Errorf("fr: %+v, %v", page, err)
	}
	page, err = s.ListDocuments(ctx, domain.DocumentQuery{Limit: 1, Offset: 3})
	if err != nil || page.Total != 4 || len(page.Documents) != 1 || page.Documents[0].ID != "D" {
		t.Errorf("last page: %+v, %v", page, err)
	}
}

// DealSelection: the facts deals are made of, bounded.
func DealSelection[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	facts, more, err := s.DealSelection(ctx, domain.FactQuery{Filter: domain.Filter{Recipient: "MA", Stage: "delivered", Since: 2030}}, 0)
	if err != nil || more || !slices.Equal(rules(facts), []string{"A0", "A1", "B0", "D0"}) {
		t.Errorf("selection %v more %v, %v", rules(facts), more, err)
	}
	if facts, more, err := s.DealSelection(ctx, domain.FactQuery{}, 3); err != nil || !more || len(facts) != 0 {
		t.Errorf("bounded: %d facts, more %v, %v", len(facts), more, err)
	}
	if g, err := s.DealGroups(ctx); err != nil || len(g) != 0 {
		t.Errorf("DealGroups = %v, %v", g, err)
	}
}

// Feeds: subscriptions, their polling state and items.
func Feeds[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	f, created, err := s.AddFeed(ctx, "https://example.org/feed.xml", "Example")
	if err != nil || !created || f.ID == 0 || f.Title != "Example" || f.Added.IsZero() {
		t.Fatalf("AddFeed = %+v, %v, %v", f, created, err)
	}
	again, created, err := s.AddFeed(ctx, "https://example.org/feed.xml", "")
	if err != nil || created || again.ID != f.ID {
		t.Errorf("AddFeed again = %+v, %v, %v", again, created, err)
	}
	f.ETag, f.LastError, f.Failures = `"v1"`, "timeout", 2
	f.LastPolled = f.Added
	if err := s.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	for _, it := range []domain.FeedItem{
		{FeedID: f.ID, Key: "stored", Link: "https://example.org/1", DocumentID: "doc1"},
		{FeedID: f.ID, Key: "failing", Link: "https://example.org/2", Error: "404"},
	} {
		if err := s.SaveItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	seen := func(key string) bool {
		t.Helper()
		ok, err := s.SeenItem(ctx, f.ID, key)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !seen("stored") || seen("failing") || seen("new") {
		t.Error("stored item not seen, or a failing or new one seen")
	}
	for range 5 { // fails again until given up
		if err := s.SaveItem(ctx, domain.FeedItem{FeedID: f.ID, Key: "failing", Error: "404"}); err != nil {
			t.Fatal(err)
		}
	}
	if !seen("failing") {
		t.Error("an item that keeps failing is never given up")
	}
	fs, err := s.Feeds(ctx)
	if err != nil || len(fs) != 1 {
		t.Fatalf("Feeds = %+v, %v", fs, err)
	}
	got := fs[0]
	if got.ETag != `"v1"` || got.LastError != "timeout" || got.Failures != 2 || !got.LastPolled.Equal(f.Added) || got.Title != "Example" ||
		got.Items != 2 || got.Documents != 1 || got.ItemErrors != 1 {
		t.Errorf("feed = %+v", got)
	}
	if _, _, err := s.AddFeed(ctx, "https://example.org/other.xml", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, fmt.Sprint(f.ID)); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, "https://example.org/other.xml"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, "https://example.org/other.xml"); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("remove twice: %v", err)
	}
	if fs, err := s.Feeds(ctx); err != nil || len(fs) != 0 {
		t.Errorf("after removing: %+v, %v", fs, err)
	}
}

// NearDuplicatesAndReference: fingerprints, regrouping, deal facts and
// the reference register.
func NearDuplicatesAndReference[S Store](t *testing.T, a Adapter[S]) {
	st := a.open(t)
	ctx := context.Background()
	texts := []string{"alpha story", "alpha story copy", "beta story", "gamma"}
	for i, tx := range texts {
		facts := []domain.Fact{{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"),
			System: &domain.System{ID: "ah-64"}, Stage: domain.StageOrdered}}
		if i == 3 {
			facts[0].Type = domain.TypeExercise
		}
		if _, err := st.SaveDocument(ctx, Doc(fmt.Sprintf("d%d", i), "en", "", tx), facts); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SetSimHash(ctx, "d0", 42); err != nil {
		t.Fatal(err)
	}
	var hashed []string
	hash := func(s string) uint64 { hashed = append(hashed, s); return uint64(len(s)) }
	group := func(d []domain.DocHash) map[string]string {
		if len(d) != 4 || d[0].ID != "d0" || d[0].SimHash != 42 || d[2].SimHash != uint64(len("beta story")) {
			t.Errorf("docs = %v", d)
		}
		return map[string]string{"d1": "d0"}
	}
	n, err := st.UpdateNearDuplicates(ctx, hash, group)
	if err != nil || n != 1 {
		t.Fatalf("UpdateNearDuplicates = %d, %v", n, err)
	}
	if len(hashed) != 3 {
		t.Errorf("hashed %v: d0 had a fingerprint already", hashed)
	}
	for name, read := range map[string]func(context.Context) (map[string]string, error){"DupGroups": st.DupGroups, "DealGroups": st.DealGroups} {
		if g, err := read(ctx); err != nil || fmt.Sprint(g) != "map[d1:d0]" {
			t.Errorf("%s = %v, %v", name, g, err)
		}
	}
	// The copy's deal counts once.
	if rows, err := st.Rank(ctx, domain.RankQuery{Supplier: "US"}); err != nil || len(rows) != 1 || rows[0].Facts != 3 {
		t.Errorf("rank = %+v, %v", rows, err)
	}
	// Regrouping to nothing clears dup_of.
	if _, err := st.UpdateNearDuplicates(ctx, hash, func([]domain.DocHash) map[string]string { return nil }); err != nil {
		t.Fatal(err)
	}
	if g, _ := st.DupGroups(ctx); len(g) != 0 {
		t.Errorf("after regrouping: %v", g)
	}
	facts, err := st.DealFacts(ctx, "US", "")
	if err != nil || len(facts) != 3 {
		t.Errorf("DealFacts = %d, %v", len(facts), err)
	}
	if facts, _ := st.DealFacts(ctx, "", "FR"); len(facts) != 0 {
		t.Errorf("DealFacts(recipient FR) = %d", len(facts))
	}
	v0, err := st.RegisterVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	refs := []domain.RefDeal{{ID: "7", Supplier: "US", Recipient: "MA", Designation: "AH-64E", OrderYear: 2020}, {Supplier: "FR", Recipient: "MA"}}
	if err := st.SaveReference(ctx, refs); err != nil {
		t.Fatal(err)
	}
	if back, err := st.Reference(ctx); err != nil || len(back) != 2 {
		t.Errorf("Reference = %+v, %v", back, err)
	}
	if err := st.SaveReference(ctx, refs[:1]); err != nil { // replaces
		t.Fatal(err)
	}
	back, err := st.Reference(ctx)
	if err != nil || len(back) != 1 || back[0].Designation != "AH-64E" || back[0].OrderYear != 2020 {
		t.Errorf("Reference = %+v, %v", back, err)
	}
	if v1, err := st.RegisterVersion(ctx); err != nil || v1 <= v0 {
		t.Errorf("register version %d after the reference import, was %d (%v)", v1, v0, err)
	}
	a.check(t, st)
}
