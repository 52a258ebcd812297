package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOpenAssignsDeals: a register stored before 008_deal_ids (facts with
// no deal key) gets every fact's deal when it is opened, and its totals
// then count each deal once.
func TestOpenAssignsDeals(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "AE"},
		System: &domain.System{ID: "rafale"}, Stage: domain.StageOrdered, Year: 2021, ValueUSD: 18.9e9}
	for _, id := range []string{"a", "b", "c"} {
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: id, Source: id, Published: "2021-12-0" + string(rune('3'+len(id)-1)), Text: id},
			[]domain.Fact{f, {Type: domain.TypeExercise, Name: "x"}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE facts SET deal_key = NULL, deal_id = NULL, deal_value = NULL, deal_year = NULL`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var unassigned, deals int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FILTER (WHERE deal_key IS NULL), COUNT(DISTINCT deal_id) FROM facts`).Scan(&unassigned, &deals); err != nil {
		t.Fatal(err)
	}
	if unassigned != 0 || deals != 1 {
		t.Errorf("after open: %d facts with no key, %d deals; want 0 and 1", unassigned, deals)
	}
	rank, err := s.Rank(ctx, domain.RankQuery{Supplier: "FR"})
	if err != nil || len(rank) != 1 || rank[0].ValueUSD != 18.9e9 || rank[0].Facts != 3 {
		t.Errorf("rank %+v %v, want AE at 18.9bn from 3 facts", rank, err)
	}
}
