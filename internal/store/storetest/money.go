package storetest

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/money"
)

// RankMoney: a ranking counts converted values, says how many stated
// amounts it left out (no dollar value), and counts in constant dollars of
// a base year through the CPI of each fact's year.
func RankMoney[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	tr := func(sys string, year int, v *domain.Money, usd float64, basis string) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: Code("FR"), Recipient: Code("AE"),
			System: &domain.System{ID: sys, Name: sys}, Year: year, Value: v, ValueUSD: usd, USDBasis: basis}
	}
	docs := []struct {
		id, published string
		facts         []domain.Fact
	}{
		{"usd2015", "2015-03-01", []domain.Fact{tr("a", 2015, &domain.Money{Amount: 1e9, Currency: "USD"}, 1e9, "")}},
		{"eur2021", "2021-12-04", []domain.Fact{tr("rafale", 0, &domain.Money{Amount: 16e9, Currency: "EUR"}, 18.9e9, "EUR@2021")}},
		{"unknown", "2021-12-04", []domain.Fact{tr("b", 0, &domain.Money{Amount: 5e8, Currency: "XYZ"}, 0, ""), tr("c", 0, nil, 0, "")}},
	}
	for _, d := range docs {
		if _, err := s.SaveDocument(ctx, Doc(d.id, "en", d.published, "text of "+d.id), d.facts); err != nil {
			t.Fatal(err)
		}
	}
	c15, _ := money.Constant(1e9, 2015, 2024)
	c21, _ := money.Constant(18.9e9, 2021, 2024)
	for _, tc := range []struct {
		name    string
		q       domain.RankQuery
		value   float64
		leftOut int
	}{
		{"current dollars", domain.RankQuery{Supplier: "FR"}, 19.9e9, 1},
		{"constant 2024 dollars", domain.RankQuery{Supplier: "FR", Constant: 2024}, c15 + c21, 1},
		{"since 2020", domain.RankQuery{Supplier: "FR", Since: 2020}, 18.9e9, 1},
		{"suppliers of AE", domain.RankQuery{Recipient: "AE"}, 19.9e9, 1},
	} {
		got, err := s.Rank(ctx, tc.q)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != 1 || math.Abs(got[0].ValueUSD-tc.value) > 1 || got[0].LeftOut != tc.leftOut {
			t.Errorf("%s: Rank = %+v, want value %v, left out %d", tc.name, got, tc.value, tc.leftOut)
		}
	}
	if _, err := s.Rank(ctx, domain.RankQuery{Supplier: "FR", Constant: 1800}); err == nil {
		t.Error("constant dollars of 1800: no error")
	}
}

// Table: partners by year, by value and by count, with totals; an aggregate
// is not added to its own items; years outside Since/Until are left out.
func Table[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	tr := func(rec string, year int, usd float64, system ...string) domain.Fact {
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code(rec), Year: year, ValueUSD: usd}
		if len(system) > 0 {
			f.System = &domain.System{ID: system[0], Name: system[0]}
		}
		return f
	}
	agg := func(rec string, usd float64) domain.Fact {
		return domain.Fact{Type: domain.TypeAggregate, Supplier: Code("US"), Recipient: Code(rec), ValueUSD: usd}
	}
	for _, d := range []struct {
		id, published string
		facts         []domain.Fact
	}{
		{"a", "2016-05-01", []domain.Fact{tr("MA", 2015, 1e9, "m1a1"), tr("EG", 2016, 2e9)}},
		// the total stated counts, not its items as well
		{"b", "2017-01-01", []domain.Fact{agg("MA", 3e9), tr("MA", 0, 1e9, "f-16"), tr("MA", 0, 0.5e9, "patriot")}},
		// one deal with no dollar value: left out once
		{"c", "2018-01-01", []domain.Fact{tr("EG", 0, 0, "abrams"), {Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("EG"),
			System: &domain.System{ID: "abrams", Name: "abrams"}, Value: &domain.Money{Amount: 1, Currency: "XYZ"}}}},
		{"old", "2001-01-01", []domain.Fact{tr("MA", 0, 9e9)}},
		{"fr", "2017-01-01", []domain.Fact{{Type: domain.TypeTransfer, Supplier: Code("FR"), Recipient: Code("MA"), ValueUSD: 7e9}}},
	} {
		if _, err := s.SaveDocument(ctx, Doc(d.id, "en", d.published, "text of "+d.id), d.facts); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Table(ctx, domain.TableQuery{Supplier: "US", Since: 2015, Until: 2018})
	if err != nil {
		t.Fatal(err)
	}
	want := &domain.Table{By: "value", Years: []int{2015, 2016, 2017, 2018},
		Rows: []domain.TableRow{
			{Party: "MA", Cells: []float64{1e9, 0, 3e9, 0}, Total: 4e9},
			{Party: "EG", Cells: []float64{0, 2e9, 0, 0}, Total: 2e9, LeftOut: 1},
		},
		Totals: []float64{1e9, 2e9, 3e9, 0}, Total: 6e9, LeftOut: 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("by value:\n%+v\nwant\n%+v", got, want)
	}
	got, err = s.Table(ctx, domain.TableQuery{Supplier: "US", Since: 2015, By: "count"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []float64{1, 0, 3, 0}; len(got.Rows) != 2 || got.Rows[0].Party != "MA" || !reflect.DeepEqual(got.Rows[0].Cells, want) || got.Total != 7 {
		t.Errorf("by count: %+v, want MA first with %v and 7 facts in all", got, want)
	}
	got, err = s.Table(ctx, domain.TableQuery{Recipient: "MA", Since: 2017, Until: 2017})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Rows) != 2 || got.Rows[0].Party != "FR" || got.Rows[0].Total != 7e9 || got.Rows[1].Total != 3e9 {
		t.Errorf("suppliers of MA in 2017: %+v", got)
	}
	if _, err := s.Table(ctx, domain.TableQuery{}); err == nil {
		t.Error("a table with neither side: no error")
	}
	if _, err := s.Table(ctx, domain.TableQuery{Supplier: "US", By: "weight"}); err == nil {
		t.Error("a table by weight: no error")
	}
}
