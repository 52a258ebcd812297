package sqlite

import (
	"context"
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestReviewsReachRegisterReaders: the web register's readers — page
// filters and sorts, timelines, flows, pair sheets and deal selections —
// see corrected values and no rejected fact, as Facts and Rank do
// (storetest.ReviewsReachEveryReader).
func TestReviewsReachRegisterReaders(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, false)
	p := func(c string) *domain.Party { return &domain.Party{Code: c} }
	rafale := &domain.System{ID: "rafale", Name: "Rafale", Category: "aircraft"}
	facts := []domain.Fact{
		{Type: domain.TypeTransfer, Supplier: p("FR"), Recipient: p("HR"), System: rafale, Quantity: 12, ValueUSD: 1e9, Stage: domain.StageOrdered, Year: 2021, Rule: "value"},
		{Type: domain.TypeTransfer, Supplier: p("FR"), Recipient: p("HR"), System: rafale, Quantity: 6, ValueUSD: 5e9, Stage: domain.StageDelivered, Year: 2024, Rule: "reject"},
		{Type: domain.TypeTransfer, Supplier: p("DE"), Recipient: p("HR"), System: &domain.System{Name: "patrol boats", Category: "ships"}, ValueUSD: 2e8, Stage: domain.StageOrdered, Year: 2019, Rule: "supplier"},
	}
	if _, err := s.SaveDocument(ctx, &domain.Document{ID: "d", Source: "d.txt", Language: "en", Published: "2024-05-01"}, facts); err != nil {
		t.Fatal(err)
	}
	id := map[string]int64{}
	all, _ := s.Facts(ctx, domain.Filter{})
	for _, f := range all {
		id[f.Rule] = f.ID
	}
	v, fr, y, st := 1.5e9, "FR", 2022, domain.StageApproved
	for _, in := range []domain.ReviewInput{
		{FactID: id["value"], Action: domain.ReviewCorrected, Correction: &domain.Correction{ValueUSD: &v}},
		{FactID: id["reject"], Action: domain.ReviewRejected},
		{FactID: id["supplier"], Action: domain.ReviewCorrected, Correction: &domain.Correction{Supplier: &fr, Year: &y, Stage: &st,
			System: &domain.System{ID: "caesar", Name: "CAESAR", Category: "artillery"}}},
	} {
		if _, err := s.ReviewFact(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	rules := func(q domain.FactQuery) []string {
		t.Helper()
		page, err := s.QueryFacts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range page.Facts {
			out = append(out, f.Rule)
		}
		return out
	}
	for _, c := range []struct {
		name string
		q    domain.FactQuery
		want []string
	}{
		{"value sort", domain.FactQuery{Sort: "value", Desc: true}, []string{"value", "supplier"}},
		{"corrected supplier", domain.FactQuery{Filter: domain.Filter{Supplier: "FR"}, Sort: "id"}, []string{"value", "supplier"}},
		{"extracted supplier", domain.FactQuery{Filter: domain.Filter{Supplier: "DE"}}, nil},
		{"corrected stage", domain.FactQuery{Filter: domain.Filter{Stage: domain.StageApproved}}, []string{"supplier"}},
		{"corrected system", domain.FactQuery{SystemID: "caesar"}, []string{"supplier"}},
		{"corrected category", domain.FactQuery{Filter: domain.Filter{Category: "ships"}}, nil},
		{"corrected year", domain.FactQuery{Filter: domain.Filter{Since: 2022, Until: 2022}}, []string{"supplier"}},
		{"party", domain.FactQuery{Party: "DE"}, nil},
		{"pair", domain.FactQuery{PairSupplier: "FR", PairRecipient: "HR", Sort: "id"}, []string{"value", "supplier"}},
		{"review view", domain.FactQuery{IncludeRejected: true, Sort: "id"}, []string{"value", "reject", "supplier"}},
	} {
		if got := rules(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	tl, err := s.Timeline(ctx, domain.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []domain.YearCount{{Year: 2021, Stage: "ordered", Facts: 1}, {Year: 2022, Stage: "approved", Facts: 1}}; !slices.Equal(tl, want) {
		t.Errorf("timeline = %v, want %v", tl, want)
	}
	flows, err := s.Flows(ctx, domain.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(flows) != 1 || flows[0].Supplier != "FR" || flows[0].ValueUSD != 1.7e9 || flows[0].Facts != 2 {
		t.Errorf("flows = %+v, want FR>HR 1.7e9 over 2 facts", flows)
	}
	sheet, err := s.PairSheet(ctx, "FR", "HR", 3)
	if err != nil {
		t.Fatal(err)
	}
	rank, err := s.Rank(ctx, domain.RankQuery{Supplier: "FR"})
	if err != nil || len(rank) != 1 {
		t.Fatal(rank, err)
	}
	var lines []string
	for _, l := range sheet.Systems {
		lines = append(lines, l.ID)
	}
	if sheet.ValueUSD != rank[0].ValueUSD || sheet.ValueUSD != 1.7e9 || sheet.Facts != 2 || !slices.Equal(lines, []string{"rafale", "caesar"}) {
		t.Errorf("pair sheet = value %v, facts %d, lines %v; want Rank's %v, 2 facts, [rafale caesar]", sheet.ValueUSD, sheet.Facts, lines, rank[0].ValueUSD)
	}
	if ds, _, err := s.DealSelection(ctx, domain.FactQuery{Filter: domain.Filter{Supplier: "FR"}}, 0); err != nil || len(ds) != 2 {
		t.Errorf("deal selection = %d facts, %v; want 2", len(ds), err)
	}
	stats, err := s.Stats(ctx)
	if err != nil || stats.Facts != 2 || stats.Suppliers != 1 {
		t.Errorf("stats = %+v, %v; want 2 facts from 1 supplier", stats, err)
	}
}
