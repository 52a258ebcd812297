package sqlreg

import (
	"errors"
	"fmt"

	"github.com/armswatch/armswatch/internal/store/rows"
)

// ErrNotFound is the adapters' ErrNotFound: returned (wrapped) when a
// document, fact, watchlist or feed does not exist.
var ErrNotFound = errors.New("not found")

// ErrSchemaTooNew is the adapters' ErrSchemaTooNew: returned (wrapped) by
// Open when the database was migrated by a newer build than this one.
var ErrSchemaTooNew = errors.New("database schema is newer than this build")

// Pending returns the migrations of ms (in version order) that a
// database at version current lacks, or an error wrapping
// ErrSchemaTooNew when the database is newer than all of them. Applying
// them is the adapter's work: each locks and records versions its own
// way.
func Pending(ms []rows.Migration, current int) ([]rows.Migration, error) {
	latest := 0
	if len(ms) > 0 {
		latest = ms[len(ms)-1].Version
	}
	if current > latest {
		return nil, fmt.Errorf("%w: database is at version %d, this build knows up to %d; use a newer armswatch",
			ErrSchemaTooNew, current, latest)
	}
	for i, m := range ms {
		if m.Version > current {
			return ms[i:], nil
		}
	}
	return nil, nil
}
