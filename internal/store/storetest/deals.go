package storetest

import (
	"context"
	"math"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// DealsCountOnce: totals count each deal once, whatever number of
// documents report it. Two articles on one sale count once; an official
// notice (its items and estimated total) and a news article on it count
// once, at the notified value; two orders of one system years apart count
// twice; a stated aggregate is not added on top of the items beside it in
// its year. Rank and Table agree, and a review that moves a report to
// another recipient moves it out of the deal.
func DealsCountOnce[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	sys := func(id string) *domain.System { return &domain.System{ID: id, Name: id} }
	tr := func(rec, system, stage string, year int, usd float64) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code(rec), System: sys(system),
			Stage: stage, Year: year, ValueUSD: usd}
	}
	notice := &domain.Notice{Transmittal: "22-11", Date: "2022-04-14"}
	item := func(system string, qty int) domain.Fact {
		f := tr("NG", system, domain.StageApproved, 2022, 0)
		f.Quantity, f.Notice = qty, notice
		return f
	}
	for _, d := range []struct {
		id, published string
		facts         []domain.Fact
	}{
		// two outlets on one sale, days apart
		{"reuters", "2024-03-01", []domain.Fact{tr("MA", "himars", domain.StageApproved, 2024, 3e9)}},
		{"ap", "2024-03-04", []domain.Fact{tr("MA", "himars", domain.StageApproved, 2024, 3e9)}},
		// a DSCA notice: its items and its estimated total, and a news article on it
		{"dsca", "2022-04-14", []domain.Fact{item("ah-1z", 12), item("t700", 28),
			{Type: domain.TypeAggregate, Supplier: Code("US"), Recipient: Code("NG"), Year: 2022, ValueUSD: 997e6, Notice: notice}}},
		{"news", "2022-04-20", []domain.Fact{tr("NG", "ah-1z", domain.StageApproved, 2022, 997e6)}},
		// two orders of one system ten years apart
		{"f16-2010", "2010-06-01", []domain.Fact{tr("EG", "f-16", domain.StageOrdered, 2010, 1e9)}},
		{"f16-2020", "2020-06-01", []domain.Fact{tr("EG", "f-16", domain.StageOrdered, 2020, 2e9)}},
		// a stated total of the year, and an item it covers
		{"total", "2023-05-01", []domain.Fact{{Type: domain.TypeAggregate, Supplier: Code("US"), Recipient: Code("SA"), Year: 2023, ValueUSD: 8e9}}},
		{"item", "2023-07-01", []domain.Fact{tr("SA", "patriot", domain.StageOrdered, 2023, 1e9)}},
		{"item2019", "2019-07-01", []domain.Fact{tr("SA", "thaad", domain.StageOrdered, 2019, 0.5e9)}},
	} {
		if _, err := s.SaveDocument(ctx, Doc(d.id, "en", d.published, "text of "+d.id), d.facts); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]float64{"MA": 3e9, "NG": 997e6, "EG": 3e9, "SA": 8.5e9}
	got, err := s.Rank(ctx, domain.RankQuery{Supplier: "US"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("Rank = %+v, want %d partners", got, len(want))
	}
	for _, r := range got {
		if math.Abs(r.ValueUSD-want[r.Party]) > 1 {
			t.Errorf("Rank: %s = %v, want %v", r.Party, r.ValueUSD, want[r.Party])
		}
	}
	tab, err := s.Table(ctx, domain.TableQuery{Supplier: "US", Since: 2010, Until: 2024})
	if err != nil {
		t.Fatal(err)
	}
	cell := func(party string, year int) float64 {
		for _, r := range tab.Rows {
			if r.Party == party {
				return r.Cells[year-2010]
			}
		}
		return -1
	}
	for _, c := range []struct {
		party string
		year  int
		want  float64
	}{{"MA", 2024, 3e9}, {"NG", 2022, 997e6}, {"EG", 2010, 1e9}, {"EG", 2020, 2e9}, {"SA", 2023, 8e9}, {"SA", 2019, 0.5e9}} {
		if got := cell(c.party, c.year); math.Abs(got-c.want) > 1 {
			t.Errorf("Table: %s in %d = %v, want %v", c.party, c.year, got, c.want)
		}
	}
	if math.Abs(tab.Total-(3e9+997e6+3e9+8.5e9)) > 1 {
		t.Errorf("Table total = %v", tab.Total)
	}
	if a.Stored == nil {
		return
	}
	// A reviewer finds that the AP story was about another buyer: the
	// corrected report is its own deal.
	ap := a.Stored(t, s, "ap")
	tn := "TN"
	review(t, s, domain.ReviewInput{FactID: ap[0].ID, Action: domain.ReviewCorrected, Who: "test",
		Correction: &domain.Correction{Recipient: &tn}})
	got, err = s.Rank(ctx, domain.RankQuery{Supplier: "US", Within: []string{"MA", "TN"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ValueUSD != 3e9 || got[1].ValueUSD != 3e9 {
		t.Errorf("after moving a report to TN: Rank = %+v, want MA and TN at 3bn each", got)
	}
	// Rejecting the news article leaves the notice's value.
	news := a.Stored(t, s, "news")
	review(t, s, domain.ReviewInput{FactID: news[0].ID, Action: domain.ReviewRejected, Who: "test"})
	got, err = s.Rank(ctx, domain.RankQuery{Supplier: "US", Within: []string{"NG"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ValueUSD != 997e6 || got[0].Facts != 3 {
		t.Errorf("after rejecting the news report: Rank = %+v, want NG at 997m from the notice's 3 facts", got)
	}
}
