package rows

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestPlanReplace(t *testing.T) {
	tr := func(sup, sys string, qty int) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: "MA"},
			System: &domain.System{ID: sys}, Quantity: qty}
	}
	stored := func(facts []domain.Fact, reviews ...string) []OldFact {
		out := make([]OldFact, len(facts))
		for i, f := range facts {
			out[i] = OldFact{ID: int64(10 + i), Ordinal: i, Fact: f}
			if i < len(reviews) {
				out[i].Review = reviews[i]
			}
		}
		return out
	}
	for _, tc := range []struct {
		name                    string
		old                     []OldFact
		facts                   []domain.Fact
		added, removed, changed int
		kept                    int
		writes                  bool
		ids                     []int64 // fact ids in final order (0: new)
		changedFields           []string
		removedIDs              []int64
	}{
		{name: "same facts: nothing", old: stored([]domain.Fact{tr("US", "a", 1), tr("FR", "b", 2)}),
			facts: []domain.Fact{tr("US", "a", 1), tr("FR", "b", 2)}, ids: []int64{10, 11}},
		{name: "reordered: moves only", old: stored([]domain.Fact{tr("US", "a", 1), tr("FR", "b", 2)}),
			facts: []domain.Fact{tr("FR", "b", 2), tr("US", "a", 1)}, writes: true, ids: []int64{11, 10}},
		{name: "same key twice, swapped: each finds its identical fact", old: stored([]domain.Fact{tr("US", "a", 1), tr("US", "a", 2)}),
			facts: []domain.Fact{tr("US", "a", 2), tr("US", "a", 1)}, writes: true, ids: []int64{11, 10}},
		{name: "attribute changed", old: stored([]domain.Fact{tr("US", "a", 1)}),
			facts: []domain.Fact{tr("US", "a", 5)}, changed: 1, writes: true, ids: []int64{10}, changedFields: []string{"quantity"}},
		{name: "key changed: one removed, one added", old: stored([]domain.Fact{tr("US", "a", 1)}),
			facts: []domain.Fact{tr("FR", "a", 1)}, added: 1, removed: 1, writes: true, ids: []int64{0}, removedIDs: []int64{10}},
		{name: "the reviewed one of a key is matched first", old: stored([]domain.Fact{tr("US", "a", 1), tr("US", "a", 2)}, "", domain.ReviewConfirmed),
			facts: []domain.Fact{tr("US", "a", 3)}, removed: 1, changed: 1, kept: 1, writes: true, ids: []int64{11}, changedFields: []string{"quantity"}, removedIDs: []int64{10}},
		{name: "reviewed facts no longer found are kept after the new ones", old: stored([]domain.Fact{tr("US", "a", 1), tr("FR", "b", 2), tr("DE", "c", 3)}, domain.ReviewRejected, "", domain.ReviewCorrected),
			facts: []domain.Fact{tr("FR", "b", 2), tr("ES", "d", 4)}, added: 1, kept: 2, writes: true, ids: []int64{11, 0, 10, 12}},
		{name: "nothing found, nothing stored", old: nil, facts: nil},
		{name: "all new", old: nil, facts: []domain.Fact{tr("US", "a", 1)}, added: 1, writes: true, ids: []int64{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := PlanReplace("d", tc.old, tc.facts)
			if err != nil {
				t.Fatal(err)
			}
			r := p.Report
			if r.Added != tc.added || r.Removed != tc.removed || r.Changed != tc.changed || r.ReviewsKept != tc.kept {
				t.Errorf("report +%d -%d ~%d kept %d; want +%d -%d ~%d kept %d", r.Added, r.Removed, r.Changed, r.ReviewsKept, tc.added, tc.removed, tc.changed, tc.kept)
			}
			if p.Writes() != tc.writes {
				t.Errorf("Writes = %v, want %v", p.Writes(), tc.writes)
			}
			var ids []int64
			for i, st := range p.Steps {
				if st.Ordinal != i {
					t.Errorf("step %d has ordinal %d", i, st.Ordinal)
				}
				if st.Old == nil {
					ids = append(ids, 0)
				} else {
					ids = append(ids, st.Old.ID)
				}
			}
			if !slices.Equal(ids, tc.ids) {
				t.Errorf("ids = %v, want %v", ids, tc.ids)
			}
			if !slices.Equal(p.Removed, tc.removedIDs) {
				t.Errorf("removed = %v, want %v", p.Removed, tc.removedIDs)
			}
			var fields []string
			for _, c := range r.Changes {
				fields = append(fields, c.Fields...)
			}
			if !slices.Equal(fields, tc.changedFields) {
				t.Errorf("changed fields = %v, want %v", fields, tc.changedFields)
			}

			// Applied, then planned again with the same facts: nothing.
			var after []OldFact
			for i, st := range p.Steps {
				o := OldFact{ID: int64(100 + i), Ordinal: st.Ordinal}
				if st.Old != nil {
					o.ID, o.Review, o.Fact = st.Old.ID, st.Old.Review, st.Old.Fact
				}
				if st.New >= 0 {
					o.Fact = tc.facts[st.New]
				}
				after = append(after, o)
			}
			again, err := PlanReplace("d", after, tc.facts)
			if err != nil {
				t.Fatal(err)
			}
			if again.Writes() || again.Report.Count() != 0 || again.Report.ReviewsKept != tc.kept {
				t.Errorf("second plan = %+v, writes %v; want nothing and %d reviews kept", again.Report, again.Writes(), tc.kept)
			}
		})
	}
}

func TestKeyLowersASCIIOnly(t *testing.T) {
	k, err := Key(&domain.Fact{Type: "Transfer", Supplier: &domain.Party{Org: "ÉTAT X"}, Parties: []domain.Party{{Code: "FR"}}})
	if err != nil {
		t.Fatal(err)
	}
	if want := `transfer|État x||||["fr"]`; k != want {
		t.Errorf("Key = %q, want %q", k, want)
	}
}
