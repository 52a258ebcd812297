// Package sqlite is armswatch's embedded register: it stores documents and
// their facts in one SQLite file (pure Go, modernc.org/sqlite, no cgo) and
// implements domain.Store, domain.Ranker and the web register's interfaces.
// It owns the schema, its migrations (migrations/*.sql, embedded) and the
// SQL that writes documents and facts; the reading SQL is
// internal/store/sqlreg's, in its SQLite dialect. It does not extract,
// resolve or judge facts: it keeps what it is given, one document per
// transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned (wrapped) when a document, fact, watchlist or
// feed does not exist; ErrSchemaTooNew by Open when the database was
// migrated by a newer build than this one. Both adapters return the same.
var (
	ErrNotFound     = sqlreg.ErrNotFound
	ErrSchemaTooNew = sqlreg.ErrSchemaTooNew
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a register in one SQLite database. It is safe for concurrent use.
type Store struct {
	*sqlreg.Register // the shared register SQL over db (register.go)

	db      *sql.DB
	path    string
	stmts   stmtCache    // the writers' statements (bulkstmts.go)
	foreign foreignStmts // those of the job queue's transactions (bulkstmts.go)

	// testHookFact, when set, runs after each fact is inserted (tests
	// cancel contexts from it).
	testHookFact func(i int)

	// dealWork counts the rows deal assignment reads (walked and
	// resolved): the growth test's measure of its work.
	dealWork atomic.Int64
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
	s.Register = s.register()
	if err := sqlreg.Ready(ctx, func() { db.Close() }, db.PingContext, s.migrate, s.BuildPassages, s.assignUnassigned); err != nil {
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

// migrate applies the migrations the database lacks, one transaction each
// (step), and refuses a database newer than the code.
func (s *Store) migrate(ctx context.Context) error {
	return sqlreg.Migrate(ctx, migrationFS, s.step)
}

// step applies the first migration the database lacks and reports
// whether there was one, in a transaction that takes the write lock at
// BEGIN (_txlock=immediate): two processes opening the same new file do
// not both apply it.
func (s *Store) step(ctx context.Context, ms []rows.Migration) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return false, fmt.Errorf("create schema_migrations: %w", err)
	}
	var current int
	if err := tx.QueryRowContext(ctx, sqlreg.SchemaVersionSQL).Scan(&current); err != nil {
		return false, fmt.Errorf("schema version: %w", err)
	}
	pending, err := sqlreg.Pending(ms, current)
	if err != nil || len(pending) == 0 {
		return false, err
	}
	m := pending[0]
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.Version, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %s: commit: %w", m.Name, err)
	}
	return true, nil
}
