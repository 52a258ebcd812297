package postgres

import (
	"context"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func seedRank(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	sys := func(id string) *domain.System { return &domain.System{ID: id, Name: id} }
	tr := func(sup, rec, system string, usd float64) domain.Fact {
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: code(sup), Recipient: code(rec), ValueUSD: usd}
		if system != "" {
			f.System = sys(system)
		}
		return f
	}
	agg := func(sup, rec string, usd float64) domain.Fact {
		return domain.Fact{Type: domain.TypeAggregate, Supplier: code(sup), Recipient: code(rec), ValueUSD: usd}
	}
	for _, d := range []struct {
		id, published string
		facts         []domain.Fact
	}{
		// A stated total and two of its items: 8.5bn, not 10bn.
		{"r1", "2024-03-01", []domain.Fact{agg("US", "MA", 8.5e9), tr("US", "MA", "himars", 0.5e9), tr("US", "MA", "f-16", 1e9)}},
		{"r2", "2023-06-01", []domain.Fact{tr("US", "MA", "javelin", 0.1e9), tr("FR", "MA", "caesar", 0.2e9)}},
		// Items that exceed the stated total: the items win (3bn). The same
		// system twice counts as one system.
		{"r3", "2024-07-01", []domain.Fact{tr("US", "EG", "f-16", 1e9), tr("US", "EG", "abrams", 2e9), tr("US", "EG", "f-16", 0), agg("US", "EG", 2.5e9)}},
		// Many facts, little money; and a partner outside Africa.
		{"r4", "2024-09-01", []domain.Fact{
			tr("US", "NG", "a-29", 0.5e9), tr("US", "NG", "", 0), tr("US", "NG", "", 0), tr("US", "NG", "", 0), tr("US", "NG", "m4", 0),
			tr("US", "SA", "patriot", 20e9),
			{Type: domain.TypeAssistance, Provider: code("US"), Recipient: code("MA"), ValueUSD: 1e9},
		}},
	} {
		doc := testDoc(d.id, "en", d.published, "text of "+d.id)
		if _, err := s.SaveDocument(ctx, doc, d.facts); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRank(t *testing.T) {
	t.Parallel()
	s := openTest(t)
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
