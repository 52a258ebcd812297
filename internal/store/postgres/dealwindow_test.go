package postgres

import (
	"context"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// dealHooks give the suite's deal assignment tests (storetest's
// dealwindow.go) the pool and assignUnassigned (every key whole).
var dealHooks = &storetest.DealHooks[*Store]{
	Query: func(s *Store, q string) (storetest.DealRows, func(), error) {
		rs, err := s.pool.Query(context.Background(), q)
		if err != nil {
			return nil, nil, err
		}
		return rs, rs.Close, nil
	},
	Exec: func(s *Store, q string) error {
		_, err := s.pool.Exec(context.Background(), q)
		return err
	},
	AssignUnassigned: func(s *Store) error { return s.assignUnassigned(context.Background()) },
	Work:             func(s *Store) int64 { return s.dealWork.Load() },
	Docs:             150,
}
