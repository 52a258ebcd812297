package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestNearDuplicatesAndReference(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	texts := []string{"alpha story", "alpha story copy", "beta story", "gamma"}
	for i, tx := range texts {
		doc := &domain.Document{ID: fmt.Sprintf("d%d", i), Source: "s", Language: "en", Text: tx, Fetched: time.Now()}
		facts := []domain.Fact{{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "MA"},
			System: &domain.System{ID: "ah-64"}, Stage: domain.StageOrdered}}
		if i == 3 {
			facts[0].Type = domain.TypeExercise
		}
		if _, err := st.SaveDocument(ctx, doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SetSimHash(ctx, "d0", 42); err != nil {
		t.Fatal(err)
	}
	var hashed []string
	hash := func(s string) uint64 { hashed = append(hashed, s); return uint64(len(s)) }
	// group: documents whose hash starts with the same byte count... here:
	// d1 is a copy of d0.
	group := func(d []domain.DocHash) map[string]string {
		if len(d) != 4 || d[0].ID != "d0" || d[0].SimHash != 42 || d[2].SimHash != uint64(len("beta story")) {
			t.Errorf("docs = %v", d)
		}
		return map[string]string{"d1": "d0"}
	}
	n, err := st.UpdateNearDuplicates(ctx, hash, group)
	if err != nil || n != 1 {
		t.Fatalf("UpdateNearDuplicates = %d, %v", n, err)
	}
	if len(hashed) != 3 {
		t.Errorf("hashed %v: d0 had a fingerprint already", hashed)
	}
	g, err := st.DupGroups(ctx)
	if err != nil || fmt.Sprint(g) != "map[d1:d0]" {
		t.Errorf("DupGroups = %v, %v", g, err)
	}
	// regrouping to nothing clears dup_of
	if _, err := st.UpdateNearDuplicates(ctx, hash, func([]domain.DocHash) map[string]string { return nil }); err != nil {
		t.Fatal(err)
	}
	if g, _ := st.DupGroups(ctx); len(g) != 0 {
		t.Errorf("after regrouping: %v", g)
	}
	facts, err := st.DealFacts(ctx, "US", "")
	if err != nil || len(facts) != 3 {
		t.Errorf("DealFacts = %d, %v", len(facts), err)
	}
	if facts, _ := st.DealFacts(ctx, "", "FR"); len(facts) != 0 {
		t.Errorf("DealFacts(recipient FR) = %d", len(facts))
	}
	refs := []domain.RefDeal{{ID: "7", Supplier: "US", Recipient: "MA", Designation: "AH-64E", OrderYear: 2020}, {Supplier: "FR", Recipient: "MA"}}
	if err := st.SaveReference(ctx, refs); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveReference(ctx, refs[:1]); err != nil { // replaces
		t.Fatal(err)
	}
	back, err := st.Reference(ctx)
	if err != nil || len(back) != 1 || back[0].Designation != "AH-64E" || back[0].OrderYear != 2020 {
		t.Errorf("Reference = %+v, %v", back, err)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}
