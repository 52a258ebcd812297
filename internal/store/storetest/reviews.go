package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// ReviewsReachEveryReader: once a reviewer corrects a fact's value,
// supplier and year and rejects another, Facts (with its filters), Stats
// and Rank all read the reviewed register: the corrected values replace
// the extracted ones and the rejected fact is counted nowhere.
func ReviewsReachEveryReader[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	facts := []domain.Fact{
		{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"), System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Category: "artillery"},
			Quantity: 18, Value: &domain.Money{Amount: 100e6, Currency: "USD"}, ValueUSD: 100e6, Stage: domain.StageApproved, Year: 2024, Confidence: 0.9, Rule: "value"},
		{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("EG"), System: &domain.System{ID: "ah-64", Name: "AH-64 Apache", Category: "aircraft"},
			Value: &domain.Money{Amount: 500e6, Currency: "USD"}, ValueUSD: 500e6, Stage: domain.StageApproved, Year: 2024, Confidence: 0.9, Rule: "reject"},
		{Type: domain.TypeTransfer, Supplier: Code("RU"), Recipient: Code("DZ"), System: &domain.System{ID: "su-30", Name: "Su-30"},
			Value: &domain.Money{Amount: 50e6, Currency: "USD"}, ValueUSD: 50e6, Stage: domain.StageOrdered, Year: 2019, Confidence: 0.8, Rule: "supplier"},
		{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "US"}, {Code: "MA"}}, Name: "Roadmap", Year: 2020, Confidence: 0.8, Rule: "plain"},
	}
	if _, err := s.SaveDocument(ctx, Doc("rv", "en", "2024-05-01", "text of rv"), facts); err != nil {
		t.Fatal(err)
	}
	all, err := s.Facts(ctx, domain.Filter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]int64{}
	for _, f := range all {
		id[f.Rule] = f.ID
	}
	value, fr, y := 300e6, "FR", 2021
	review(t, s, domain.ReviewInput{FactID: id["value"], Action: domain.ReviewCorrected, Correction: &domain.Correction{ValueUSD: &value}, Who: "ana"})
	review(t, s, domain.ReviewInput{FactID: id["reject"], Action: domain.ReviewRejected, Who: "ana"})
	review(t, s, domain.ReviewInput{FactID: id["supplier"], Action: domain.ReviewCorrected, Correction: &domain.Correction{Supplier: &fr, Year: &y}, Who: "bo"})

	rules := func(f domain.Filter) []string {
		t.Helper()
		f.Limit = 100
		got, err := s.Facts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range got {
			out = append(out, x.Rule)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		name string
		f    domain.Filter
		want []string
	}{
		{"all", domain.Filter{}, []string{"plain", "supplier", "value"}},
		{"US supplies", domain.Filter{Supplier: "US"}, []string{"value"}},
		{"corrected supplier", domain.Filter{Supplier: "FR"}, []string{"supplier"}},
		{"extracted supplier gone", domain.Filter{Supplier: "RU"}, nil},
		{"region", domain.Filter{Suppliers: []string{"FR", "DE"}}, []string{"supplier"}},
		{"corrected year", domain.Filter{Since: 2021, Until: 2021}, []string{"supplier"}},
		{"rejected recipient", domain.Filter{Recipient: "EG"}, nil},
	} {
		if got := rules(c.f); !slices.Equal(got, c.want) {
			t.Errorf("Facts(%s) = %v, want %v", c.name, got, c.want)
		}
	}
	got, err := s.Facts(ctx, domain.Filter{Supplier: "US", Limit: 10})
	if err != nil || len(got) != 1 || got[0].ValueUSD != 300e6 {
		t.Errorf("corrected value: %+v, %v; want 300e6", got, err)
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Facts != 3 || st.ByType[domain.TypeTransfer] != 2 || st.Suppliers != 2 || st.Recipients != 2 {
		t.Errorf("Stats = %+v; want 3 facts, 2 transfers, suppliers US and FR, recipients MA and DZ", st)
	}

	rank, err := s.Rank(ctx, domain.RankQuery{Supplier: "US", By: "value"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rank) != 1 || rank[0].Party != "MA" || rank[0].ValueUSD != 300e6 {
		t.Errorf("Rank(US) = %+v; want MA at the corrected 300e6 and no rejected EG", rank)
	}
	rank, err = s.Rank(ctx, domain.RankQuery{Recipient: "DZ", By: "value"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rank) != 1 || rank[0].Party != "FR" || rank[0].ValueUSD != 50e6 {
		t.Errorf("Rank(recipient DZ) = %+v; want the corrected supplier FR", rank)
	}
	rank, err = s.Rank(ctx, domain.RankQuery{Supplier: "FR", Since: 2021})
	if err != nil || len(rank) != 1 || rank[0].Party != "DZ" {
		t.Errorf("Rank(FR since 2021) = %+v, %v; want DZ by the corrected supplier and year", rank, err)
	}
	rank, err = s.Rank(ctx, domain.RankQuery{By: "value"})
	if err != nil {
		t.Fatal(err)
	}
	var parties []string
	for _, r := range rank {
		parties = append(parties, r.Party)
	}
	if !slices.Equal(parties, []string{"US", "FR"}) {
		t.Errorf("Rank(all suppliers) = %v, want [US FR]", parties)
	}
}

// AddedFactSurvivesReextract: a fact a reviewer added (domain.FactAdder)
// gets its evidence cut from the text and a confirmed review, is read like
// any fact, and stays when the document is extracted again without it.
// Evidence outside the text and unknown documents are refused.
func AddedFactSurvivesReextract[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	fa, ok := any(s).(domain.FactAdder)
	if !ok {
		t.Skip("the adapter cannot add facts")
	}
	ctx := context.Background()
	text := "Morocco ordered 18 HIMARS. Croatia bought 12 Rafale jets from France."
	orig := []domain.Fact{{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"),
		System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS"}, Quantity: 18, Confidence: 0.9, Evidence: domain.Evidence{Start: 0, End: 26}}}
	if _, err := s.SaveDocument(ctx, Doc("ad", "en", "2021-11-25", text), orig); err != nil {
		t.Fatal(err)
	}
	if _, err := fa.AddFact(ctx, domain.AddFactInput{DocumentID: "ad", Fact: domain.Fact{Type: domain.TypeTransfer,
		Recipient: Code("HR"), Evidence: domain.Evidence{Start: 27, End: 999}}}); !errors.Is(err, domain.ErrBadEvidence) {
		t.Errorf("offsets past the text: %v, want ErrBadEvidence", err)
	}
	if _, err := fa.AddFact(ctx, domain.AddFactInput{DocumentID: "nope", Fact: domain.Fact{Type: domain.TypeTransfer,
		Evidence: domain.Evidence{Start: 0, End: 1}}}); !errors.Is(err, a.ErrNotFound) {
		t.Errorf("unknown document: %v, want ErrNotFound", err)
	}
	added, err := fa.AddFact(ctx, domain.AddFactInput{DocumentID: "ad", Who: "ana", Fact: domain.Fact{Type: domain.TypeTransfer,
		Supplier: Code("FR"), Recipient: Code("HR"), System: &domain.System{ID: "rafale", Name: "Rafale"},
		Quantity: 12, Confidence: 1, Evidence: domain.Evidence{Start: 27, End: 69}}})
	if err != nil {
		t.Fatal(err)
	}
	if added.ID == 0 || added.Rule != domain.RuleReviewer || added.ReviewStatus != domain.ReviewConfirmed || added.Ordinal != 1 ||
		added.Evidence.Text != "Croatia bought 12 Rafale jets from France." {
		t.Errorf("added = %+v", added)
	}
	rep, err := s.ReplaceFacts(ctx, "ad", orig, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.ReviewsKept != 1 || rep.Removed != 0 || rep.Count() != 0 {
		t.Errorf("re-extraction = %+v; want the added fact kept, nothing else changed", rep)
	}
	got, err := s.Facts(ctx, domain.Filter{Supplier: "FR"})
	if err != nil || len(got) != 1 || got[0].ID != added.ID || got[0].Quantity != 12 || got[0].Rule != domain.RuleReviewer {
		t.Errorf("after re-extraction: %+v, %v; want the added fact", got, err)
	}
	rank, err := s.Rank(ctx, domain.RankQuery{Recipient: "HR"})
	if err != nil || len(rank) != 1 || rank[0].Party != "FR" {
		t.Errorf("Rank(recipient HR) = %+v, %v; want FR from the added fact", rank, err)
	}
}
