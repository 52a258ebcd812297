package sqlite

import (
	"context"
	"testing"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// dealHooks let the suite's deal assignment tests (storetest's
// dealwindow.go) read the deal columns and assign them whole.
var dealHooks = &storetest.DealHooks[*Store]{
	Columns: dealColumns,
	Reassign: func(t testing.TB, s *Store) {
		t.Helper()
		if _, err := s.db.Exec(`UPDATE facts SET deal_key = NULL, deal_day = NULL, deal_id = NULL, deal_value = NULL, deal_year = NULL`); err != nil {
			t.Fatal(err)
		}
		if err := s.assignUnassigned(context.Background()); err != nil {
			t.Fatal(err)
		}
	},
	Work: func(s *Store) int64 { return s.dealWork.Load() },
	Docs: 300,
}

// dealColumns reads every fact's deal columns.
func dealColumns(t testing.TB, s *Store) map[int64]storetest.DealColumns {
	t.Helper()
	rs, err := s.db.Query(`SELECT id, COALESCE(deal_key, 'NULL'), COALESCE(deal_day, -1), COALESCE(deal_id, ''), COALESCE(deal_value, -1), COALESCE(deal_year, -1) FROM facts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	out := map[int64]storetest.DealColumns{}
	for rs.Next() {
		var (
			id int64
			c  storetest.DealColumns
		)
		if err := rs.Scan(&id, &c.Key, &c.Day, &c.Deal, &c.Value, &c.Year); err != nil {
			t.Fatal(err)
		}
		out[id] = c
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
