package sqlreg

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

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

// Migrate brings a database up to date with the migrations of an adapter
// (the NNN_name.sql files of the folder "migrations" of fsys, its
// embedded ones): it calls step until step applies none. step is the
// adapter's; in one transaction that holds its migration lock (SQLite's
// write lock, PostgreSQL's advisory lock) it reads the database's
// version, takes the first of Pending(ms, version), applies it, records
// its version and reports that it did. Taking the version under the lock
// means that a process that waited for another one to migrate sees its
// work and does not redo it.
func Migrate(ctx context.Context, fsys fs.FS, step func(ctx context.Context, ms []rows.Migration) (applied bool, err error)) error {
	ms, err := rows.Migrations(fsys, "migrations")
	if err != nil {
		return err
	}
	for {
		applied, err := step(ctx, ms)
		if err != nil || !applied {
			return err
		}
	}
}

// SchemaVersionSQL reads the highest migration applied to a database.
const SchemaVersionSQL = `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`

// SchemaVersion is the highest migration applied to the database.
func (r *Register) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := r.queryRow(ctx, SchemaVersionSQL).Scan(&v); err != nil {
		return 0, r.errf("schema version", err)
	}
	return v, nil
}

// Ready runs the steps an adapter's Open takes on a new store (ping,
// migrate, assign deals), in order. At the first that fails it closes
// the store's database (closeDB) and returns that step's error.
func Ready(ctx context.Context, closeDB func(), steps ...func(context.Context) error) error {
	for _, step := range steps {
		if err := step(ctx); err != nil {
			closeDB()
			return err
		}
	}
	return nil
}
