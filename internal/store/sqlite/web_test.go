package sqlite

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func rules(fs []domain.RegisterFact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestQueryFacts(t *testing.T) {
	s := openTest(t, false)
	seedFilters(t, s)
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
		{"party MA", domain.FactQuery{Party: "MA", Sort: "id"}, []string{"A0", "A1", "A2", "B0", "B1", "D0"}, 6},
		{"pair FR-MA", domain.FactQuery{PairSupplier: "FR", PairRecipient: "MA", Sort: "id"}, []string{"A2", "B0", "B1"}, 3},
		{"pair US-MA", domain.FactQuery{PairSupplier: "US", PairRecipient: "MA", Sort: "id"}, []string{"A0", "A1", "A2"}, 3},
		{"system id", domain.FactQuery{SystemID: "caesar"}, []string{"B0"}, 1},
		{"suppliers set, any case", domain.FactQuery{Sort: "id", Filter: domain.Filter{Suppliers: []string{"fr", "ES"}}}, []string{"B0", "D0"}, 2},
		{"supplier or provider", domain.FactQuery{Sort: "id", Filter: domain.Filter{Supplier: "us"}}, []string{"A0", "A1", "C0", "C1"}, 4},
		{"date asc", domain.FactQuery{Filter: domain.Filter{Type: "transfer"}}, []string{"D0", "B0", "A0", "C0"}, 4},
		{"document", domain.FactQuery{DocumentID: "C", Sort: "id"}, []string{"C0", "C1"}, 2},
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

func TestTimelineAndFlows(t *testing.T) {
	s := openTest(t, false)
	seedFilters(t, s)
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
}

func TestReviewSurvivesReingest(t *testing.T) {
	s := openTest(t, false)
	seedFilters(t, s)
	ctx := context.Background()
	p, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id"})
	if err != nil {
		t.Fatal(err)
	}
	a0, a1 := p.Facts[0], p.Facts[1]
	q := 36
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a0.ID, Action: domain.ReviewCorrected, Correction: &domain.Correction{Quantity: &q}, Who: "ana"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a1.ID, Action: domain.ReviewRejected, Who: "bo", Note: "not a program"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: a0.ID, Action: domain.ReviewCorrected}); err == nil {
		t.Error("empty correction accepted")
	}
	if _, err := s.ReviewFact(ctx, domain.ReviewInput{FactID: 9999, Action: domain.ReviewConfirmed}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing fact: %v", err)
	}
	check := func(when string) {
		t.Helper()
		p, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id"})
		if err != nil {
			t.Fatal(err)
		}
		if got := rules(p.Facts); !slices.Equal(got, []string{"A0", "A2"}) {
			t.Fatalf("%s: facts %v, want the rejected A1 hidden", when, got)
		}
		if f := p.Facts[0]; f.Quantity != 36 || f.ReviewStatus != domain.ReviewCorrected {
			t.Errorf("%s: A0 quantity %d status %q, want the correction", when, f.Quantity, f.ReviewStatus)
		}
		all, err := s.QueryFacts(ctx, domain.FactQuery{DocumentID: "A", Sort: "id", IncludeRejected: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Facts) != 3 || all.Facts[1].ReviewStatus != domain.ReviewRejected {
			t.Errorf("%s: with rejected: %v", when, rules(all.Facts))
		}
		trail, err := s.Reviews(ctx, all.Facts[0].ID, 0)
		if err != nil || len(trail) != 1 || trail[0].Who != "ana" || trail[0].Correction == nil || *trail[0].Correction.Quantity != 36 {
			t.Errorf("%s: trail %+v, %v", when, trail, err)
		}
	}
	check("before")
	// Re-ingest: the document and its facts go, then come back with new ids.
	doc, err := s.Document(ctx, "A")
	if err != nil {
		t.Fatal(err)
	}
	var facts []domain.Fact
	for _, f := range storedOf(t, s, "A") {
		facts = append(facts, f.Fact)
	}
	if _, err := s.db.Exec(`DELETE FROM documents WHERE id = 'A'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	check("after re-ingest")
}

func TestWatchlists(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	w := &domain.Watchlist{Name: "US to Africa", Query: "supplier=US&region=africa", Webhook: "http://127.0.0.1:1/hook"}
	if err := s.SaveWatchlist(ctx, w); err != nil || w.ID == "" {
		t.Fatalf("save: %v, id %q", err, w.ID)
	}
	if err := s.MarkWatchlist(ctx, w.ID, 42, "boom"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Watchlist(ctx, w.ID)
	if err != nil || got.Query != w.Query || got.LastFact != 42 || got.LastError != "boom" {
		t.Errorf("got %+v, %v", got, err)
	}
	all, err := s.Watchlists(ctx)
	if err != nil || len(all) != 1 {
		t.Errorf("list %v, %v", all, err)
	}
	if err := s.DeleteWatchlist(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Watchlist(ctx, w.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
}
