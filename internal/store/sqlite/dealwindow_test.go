package sqlite

import (
	"context"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// dealHooks give the suite's deal assignment tests (storetest's
// dealwindow.go) the database and assignAll.
var dealHooks = &storetest.DealHooks[*Store]{
	Query: func(s *Store, q string) (storetest.DealRows, func(), error) {
		rs, err := s.db.Query(q)
		if err != nil {
			return nil, nil, err
		}
		return rs, func() { rs.Close() }, nil
	},
	Exec: func(s *Store, q string) error {
		_, err := s.db.Exec(q)
		return err
	},
	AssignUnassigned: func(s *Store) error { return s.assignUnassigned(context.Background()) },
	Work:             func(s *Store) int64 { return s.dealWork.Load() },
	Docs:             300,
}
