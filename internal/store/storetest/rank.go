package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// Rank: partners by value and by count, within a region, over years, for a
// pair; a stated total is not added to its own items.
func Rank[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	seedRank(t, s)
	africa := []string{"MA", "EG", "NG", "DZ"}
	for _, tc := range []struct {
		name string
		q    domain.RankQuery
		want []domain.RankRow
	}{
		{"US recipients in Africa by value", domain.RankQuery{Supplier: "US", Within: africa}, []domain.RankRow{
			{Party: "MA", ValueUSD: 8.6e9, Facts: 4, Systems: 3},
			{Party: "EG", ValueUSD: 3e9, Facts: 4, Systems: 2},
			{Party: "NG", ValueUSD: 0.5e9, Facts: 5, Systems: 2},
		}},
		{"US recipients in Africa by count", domain.RankQuery{Supplier: "us", Within: africa, By: "count"}, []domain.RankRow{
			{Party: "NG", ValueUSD: 0.5e9, Facts: 5, Systems: 2},
			{Party: "MA", ValueUSD: 8.6e9, Facts: 4, Systems: 3},
			{Party: "EG", ValueUSD: 3e9, Facts: 4, Systems: 2},
		}},
		{"all US recipients, limit 2", domain.RankQuery{Supplier: "US", Limit: 2}, []domain.RankRow{
			{Party: "SA", ValueUSD: 20e9, Facts: 1, Systems: 1},
			{Party: "MA", ValueUSD: 8.6e9, Facts: 4, Systems: 3},
		}},
		{"since", domain.RankQuery{Supplier: "US", Within: []string{"MA"}, Since: 2024}, []domain.RankRow{
			{Party: "MA", ValueUSD: 8.5e9, Facts: 3, Systems: 2},
		}},
		{"until", domain.RankQuery{Supplier: "US", Within: []string{"MA"}, Until: 2023}, []domain.RankRow{
			{Party: "MA", ValueUSD: 0.1e9, Facts: 1, Systems: 1},
		}},
		{"sure facts only", domain.RankQuery{Supplier: "US", Within: []string{"MA"}, MinConfidence: 0.5}, []domain.RankRow{
			{Party: "MA", ValueUSD: 0.1e9, Facts: 1, Systems: 1},
		}},
		{"suppliers of MA", domain.RankQuery{Recipient: "MA"}, []domain.RankRow{
			{Party: "US", ValueUSD: 8.6e9, Facts: 4, Systems: 3},
			{Party: "FR", ValueUSD: 0.2e9, Facts: 1, Systems: 1},
		}},
		{"suppliers of MA within Europe", domain.RankQuery{Recipient: "MA", Within: []string{"FR", "DE"}}, []domain.RankRow{
			{Party: "FR", ValueUSD: 0.2e9, Facts: 1, Systems: 1},
		}},
		{"pair", domain.RankQuery{Supplier: "US", Recipient: "EG"}, []domain.RankRow{
			{Party: "EG", ValueUSD: 3e9, Facts: 4, Systems: 2},
		}},
		{"nobody", domain.RankQuery{Supplier: "RU"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Rank(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Rank(%+v) =\n%+v\nwant\n%+v", tc.q, got, tc.want)
			}
		})
	}
	if _, err := s.Rank(context.Background(), domain.RankQuery{Supplier: "US", By: "weight"}); err == nil {
		t.Error("Rank by an unknown order succeeded")
	}
}

// RankCountsCopiesOnce: documents reporting one deal (near-duplicate
// copies or not) add its value once; marking them as copies (a.SetDupOf)
// changes nothing; Facts counts every fact behind the deals, and the
// systems are all counted.
func RankCountsCopiesOnce[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	tr := func(rec, system string, usd float64) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code(rec),
			System: &domain.System{ID: system, Name: system}, ValueUSD: usd}
	}
	for _, d := range []struct {
		id    string
		facts []domain.Fact
	}{
		{"orig", []domain.Fact{tr("MA", "himars", 1e9)}},
		{"copy", []domain.Fact{tr("MA", "himars", 1e9)}},
		// A longer copy: more facts than the original.
		{"copy2", []domain.Fact{tr("MA", "himars", 1e9), tr("MA", "javelin", 0)}},
		{"other", []domain.Fact{tr("MA", "f-16", 2e9), tr("EG", "abrams", 1e9)}},
		{"egcopy", []domain.Fact{tr("EG", "abrams", 1e9)}},
	} {
		if _, err := s.SaveDocument(ctx, Doc(d.id, "en", "2024-01-01", "text of "+d.id), d.facts); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name   string
		copies map[string]string // copy -> first document of its group, set before the query
		q      domain.RankQuery
		want   []domain.RankRow
	}{
		{"no copies marked: each deal counts once", nil, domain.RankQuery{Supplier: "US"}, []domain.RankRow{
			{Party: "MA", ValueUSD: 3e9, Facts: 5, Systems: 3},
			{Party: "EG", ValueUSD: 1e9, Facts: 2, Systems: 1},
		}},
		{"copies marked: the same", map[string]string{"copy": "orig", "copy2": "orig", "egcopy": "other"},
			domain.RankQuery{Supplier: "US"}, []domain.RankRow{
				{Party: "MA", ValueUSD: 3e9, Facts: 5, Systems: 3},
				{Party: "EG", ValueUSD: 1e9, Facts: 2, Systems: 1},
			}},
		{"by count", nil, domain.RankQuery{Supplier: "US", By: "count"}, []domain.RankRow{
			{Party: "MA", ValueUSD: 3e9, Facts: 5, Systems: 3},
			{Party: "EG", ValueUSD: 1e9, Facts: 2, Systems: 1},
		}},
		{"suppliers of a recipient", nil, domain.RankQuery{Recipient: "EG"}, []domain.RankRow{
			{Party: "US", ValueUSD: 1e9, Facts: 2, Systems: 1},
		}},
		{"within one partner", nil, domain.RankQuery{Supplier: "US", Within: []string{"MA"}}, []domain.RankRow{
			{Party: "MA", ValueUSD: 3e9, Facts: 5, Systems: 3},
		}},
	} {
		for id, orig := range tc.copies {
			a.SetDupOf(t, s, id, orig)
		}
		got, err := s.Rank(ctx, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Rank(%+v) =\n%+v\nwant\n%+v", tc.name, tc.q, got, tc.want)
		}
	}
}
