// Package sqlite is armswatch's embedded register: it stores documents and
// their facts in one SQLite file (pure Go, modernc.org/sqlite, no cgo) and
// implements domain.Store and domain.Ranker. It owns the schema, its
// migrations (migrations/*.sql, embedded) and all the SQL that reads and
// writes it. It does not extract, resolve or judge facts: it keeps what it is
// given, one document per transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned (wrapped) when a document does not exist.
var ErrNotFound = errors.New("not found")

// ErrSchemaTooNew is returned (wrapped) by Open when the database was
// migrated by a newer build than this one.
var ErrSchemaTooNew = errors.New("database schema is newer than this build")

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a register in one SQLite database. It is safe for concurrent use.
type Store struct {
	db    *sql.DB
	path  string
	stmts stmtCache // the writers' statements (bulkstmts.go)

	// testHookFact, when set, runs after each fact is inserted (tests
	// cancel contexts from it).
	testHookFact func(i int)
}

var (
	_ domain.Store  = (*Store)(nil)
	_ domain.Ranker = (*Store)(nil)
)

// pragmas are set on every pooled connection.
var pragmas = []string{
	"busy_timeout(5000)",
	"journal_mode(WAL)",
	"foreign_keys(ON)",
	"synchronous(NORMAL)",
	// Reads through a memory map of the file (its first 2 GiB, SQLite's
	// default bound) instead of one pread per page: the text of a
	// multi-megabyte document is a thousand overflow pages.
	"mmap_size(2147418112)",
}

func dsn(path string) string {
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	// Take the write lock at BEGIN: a transaction that starts reading and
	// then writes could otherwise fail with SQLITE_BUSY despite busy_timeout.
	q.Set("_txlock", "immediate")
	return path + "?" + q.Encode()
}

// Open opens (creating if needed) the register at path and brings its schema
// up to date. path ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: open: empty path")
	}
	if strings.ContainsAny(path, "?#") && path != ":memory:" {
		return nil, fmt.Errorf("sqlite: open %q: path may not contain '?' or '#'", path)
	}
	mem := path == ":memory:"
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	if mem {
		// A :memory: database lives in one connection; the pool must never
		// open a second one (it would be another, empty database).
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	} else {
		db.SetMaxIdleConns(8)
	}
	s := &Store{db: db, path: path}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	if err := s.assignUnassigned(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.close()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite: close %q: %w", s.path, err)
	}
	return nil
}

// migrations returns the embedded migrations in version order.
func migrations() ([]rows.Migration, error) {
	return rows.Migrations(migrationFS, "migrations")
}

// migrate applies the migrations the database lacks, each in its own
// transaction, and refuses a database newer than the code.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	latest := 0
	if len(ms) > 0 {
		latest = ms[len(ms)-1].Version
	}
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if current > latest {
		return fmt.Errorf("%w: database is at version %d, this build knows up to %d; use a newer armswatch", ErrSchemaTooNew, current, latest)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// apply runs one migration in a transaction. The version row is written
// first, under the write lock, so that two processes opening the same new
// file do not both apply it.
func (s *Store) apply(ctx context.Context, m rows.Migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.Version, time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return nil // applied meanwhile by another connection
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion is the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: schema version: %w", err)
	}
	return int(v.Int64), nil
}
