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
