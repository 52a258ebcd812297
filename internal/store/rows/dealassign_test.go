package rows

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestPlanDeals: a write's plan spans, in each key, the positions its
// facts had (old, before) and have now; it touches the keys in order,
// marks every fact of the write changed and gives a day only to a fact
// with a key.
func TestPlanDeals(t *testing.T) {
	fact := func(id int64, pub string) domain.RegisterFact {
		return domain.RegisterFact{StoredFact: domain.StoredFact{ID: id, DocumentID: "d", Published: pub,
			Fact: domain.Fact{Type: domain.TypeTransfer}}}
	}
	rfs := []domain.RegisterFact{fact(5, "2020-01-01"), fact(7, "2020-01-01"), fact(9, "2019-06-01")}
	keys := []string{"b", "", "b"}
	old := []DealRef{{Key: "c", DealPos: DealPos{Day: 3, ID: 2}}}
	before := []DealRef{{Key: "b", DealPos: DealPos{Day: 1, ID: 1}}, {Key: "a", DealPos: DealPos{Day: 9, ID: 4}}}
	p := PlanDeals(rfs, keys, old, before)
	if want := []string{"a", "b", "c"}; !slices.Equal(p.Touched, want) {
		t.Errorf("Touched = %v, want %v", p.Touched, want)
	}
	for _, id := range []int64{5, 7, 9} {
		if !p.Changed[id] {
			t.Errorf("fact %d not marked changed", id)
		}
	}
	if len(p.Changed) != 3 {
		t.Errorf("Changed = %v, want 3 facts", p.Changed)
	}
	if p.Days[1] != nil || p.Days[0] == nil || p.Days[2] == nil {
		t.Errorf("Days = %v, want a day for the facts with a key only", p.Days)
	}
	b := p.Spans["b"]
	if b == nil || b.Lo != (DealPos{Day: 1, ID: 1}) {
		t.Fatalf("span of b = %+v, want from (1, 1)", b)
	}
	hi := DealPos{Day: p.Days[0].(int32), ID: 5}
	if d9 := (DealPos{Day: p.Days[2].(int32), ID: 9}); hi.Less(d9) {
		hi = d9
	}
	if b.Hi != hi {
		t.Errorf("span of b ends at %+v, want %+v", b.Hi, hi)
	}
}

// TestDealValues: an unknown value or year is NULL.
func TestDealValues(t *testing.T) {
	for _, tc := range []struct {
		d           domain.Deal
		value, year any
	}{
		{domain.Deal{ValueUSD: 2e9, Year: 2021}, 2e9, 2021},
		{domain.Deal{}, nil, nil},
		{domain.Deal{ValueUSD: 1}, 1.0, nil},
	} {
		v, y := DealValues(&tc.d)
		if v != tc.value || y != tc.year {
			t.Errorf("DealValues(%+v) = %v, %v; want %v, %v", tc.d, v, y, tc.value, tc.year)
		}
	}
}
