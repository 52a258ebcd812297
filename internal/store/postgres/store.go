// Package postgres is armswatch's scale-out register: it keeps documents and
// their facts in PostgreSQL (through pgx's native API and a connection pool)
// and implements domain.Store, domain.Ranker and the web register's
// interfaces with the same behaviour as the embedded sqlite package: their
// reading SQL is internal/store/sqlreg's, in its PostgreSQL dialect, over
// a database/sql view of the pool (pgx's stdlib). It owns its schema and
// migrations (migrations/*.sql, embedded), created in the first schema of
// the connection's search_path. Full-text search uses a generated tsvector
// column with a GIN index (the words as written, and their stems in the
// document's language: migration 011); parties compare case-insensitively through an
// ICU collation. PostgreSQL 12 or newer with ICU support is required.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
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

// migrateLockKey is the pg_advisory_xact_lock key that serialises
// migrations across processes sharing a database.
const migrateLockKey int64 = 0x61726d7377617463 // "armswatc"

// Store is a register in one PostgreSQL database. It is safe for concurrent
// use.
type Store struct {
	*sqlreg.Register // the shared register SQL over db (register.go)

	pool *pgxpool.Pool
	db   *sql.DB // the pool as database/sql, for Register

	// testHookSaved, when set, runs inside SaveDocument's transaction after
	// the document row is written (tests cancel contexts from it).
	testHookSaved func()

	// dealWork counts the rows deal assignment reads (walked and
	// resolved): the growth test's measure of its work.
	dealWork atomic.Int64
}

var (
	_ domain.Store  = (*Store)(nil)
	_ domain.Ranker = (*Store)(nil)
)

// Open connects to the database dsn names (a postgres:// URL or a
// "key=value" string, as libpq takes) and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, errors.New("postgres: open: empty DSN")
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The parse error may quote the DSN, password included.
		return nil, errors.New("postgres: open: cannot parse DSN")
	}
	applyTimeouts(cfg)
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", where, err)
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &Store{pool: pool, db: db}
	s.Register = sqlreg.New(db, sqlreg.Postgres, ErrNotFound, sqlreg.Hooks{InTx: s.inTx})
	assign := func(ctx context.Context) error {
		if err := s.assignUnassigned(ctx); err != nil {
			return fmt.Errorf("assign deals: %w", err)
		}
		return nil
	}
	if err := sqlreg.Ready(ctx, pool.Close, pool.Ping, s.migrate, s.BuildPassages, assign); err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", where, err)
	}
	return s, nil
}

// Close closes the pool, waiting for connections in use to be released.
func (s *Store) Close() error {
	s.db.Close()
	s.pool.Close()
	return nil
}

// migrate applies the migrations the database lacks, one transaction each
// (step), and refuses a database newer than the code.
func (s *Store) migrate(ctx context.Context) error {
	return sqlreg.Migrate(ctx, migrationFS, s.step)
}

// step applies the first migration the database lacks, in a transaction
// that holds the migration lock, and reports whether there was one.
// Reading the version under the lock means that a process that waited for
// another one to migrate sees its work and does not redo it.
func (s *Store) step(ctx context.Context, ms []rows.Migration) (bool, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(ctx)
	// Migrations, and waiting for another process's, are bounded by ctx,
	// not by a statement timeout the DSN may set for ordinary work.
	if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLockKey); err != nil {
		return false, fmt.Errorf("migration lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
	)`); err != nil {
		return false, fmt.Errorf("create schema_migrations: %w", err)
	}
	var current int
	if err := tx.QueryRow(ctx, sqlreg.SchemaVersionSQL).Scan(&current); err != nil {
		return false, fmt.Errorf("schema version: %w", err)
	}
	pending, err := sqlreg.Pending(ms, current)
	if err != nil {
		return false, err
	}
	if len(pending) == 0 {
		return false, tx.Commit(ctx)
	}
	m := pending[0]
	// No arguments: pgx sends the file with the simple protocol, which runs
	// several statements.
	if _, err := tx.Exec(ctx, m.SQL); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("migration %s: commit: %w", m.Name, err)
	}
	return true, nil
}
