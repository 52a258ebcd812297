package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAddedFactSurvivesReextract: a fact a reviewer added (AddFact) keeps
// its evidence cut from the text, reads as confirmed, is in the audit
// trail, and stays when the document is extracted again without it.
func TestAddedFactSurvivesReextract(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, false)
	text := "Morocco ordered 18 HIMARS. Croatia bought 12 Rafale jets from France."
	orig := []domain.Fact{{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "MA"},
		System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS"}, Quantity: 18, Confidence: 0.9, Evidence: domain.Evidence{Start: 0, End: 26}}}
	if _, err := s.SaveDocument(ctx, &domain.Document{ID: "ad", Source: "ad.txt", Language: "en", Text: text}, orig); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddFact(ctx, domain.AddFactInput{DocumentID: "ad", Fact: domain.Fact{Type: domain.TypeTransfer,
		Recipient: &domain.Party{Code: "HR"}, Evidence: domain.Evidence{Start: 27, End: 999}}}); !errors.Is(err, ErrBadEvidence) {
		t.Errorf("offsets past the text: %v, want ErrBadEvidence", err)
	}
	if _, err := s.AddFact(ctx, domain.AddFactInput{DocumentID: "nope", Fact: domain.Fact{Type: domain.TypeTransfer,
		Evidence: domain.Evidence{Start: 0, End: 1}}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown document: %v, want ErrNotFound", err)
	}
	added, err := s.AddFact(ctx, domain.AddFactInput{DocumentID: "ad", Who: "ana", Fact: domain.Fact{Type: domain.TypeTransfer,
		Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "HR"}, System: &domain.System{ID: "rafale", Name: "Rafale"},
		Quantity: 12, Confidence: 1, Evidence: domain.Evidence{Start: 27, End: 69}}})
	if err != nil {
		t.Fatal(err)
	}
	if added.Rule != domain.RuleReviewer || added.ReviewStatus != domain.ReviewConfirmed || added.Ordinal != 1 ||
		added.Evidence.Text != "Croatia bought 12 Rafale jets from France." {
		t.Errorf("added = %+v", added)
	}
	trail, err := s.Reviews(ctx, added.ID, 0)
	if err != nil || len(trail) != 1 || trail[0].Action != domain.ReviewAdded || trail[0].Who != "ana" {
		t.Errorf("trail = %+v, %v", trail, err)
	}
	rep, err := s.ReplaceFacts(ctx, "ad", orig, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.ReviewsKept != 1 || rep.Removed != 0 {
		t.Errorf("re-extraction = %+v; want the added fact kept", rep)
	}
	got, err := s.Facts(ctx, domain.Filter{Supplier: "FR"})
	if err != nil || len(got) != 1 || got[0].ID != added.ID || got[0].Quantity != 12 {
		t.Errorf("after re-extraction: %+v, %v; want the added fact", got, err)
	}
}
