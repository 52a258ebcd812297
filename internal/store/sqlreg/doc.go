// Package sqlreg is the register SQL that the sqlite and postgres adapters
// share, written once over database/sql: every read of the register
// (Facts, Stats, Rank, Table, documents, full-text search, the web
// register's paged and sorted queries, timelines, flows, search pages,
// document lists, pair sheets, deal selections, the reviews' audit
// trail) and the writes that are the same on both (reviews, facts added
// by reviewers, watchlists, feed subscriptions, near-duplicate groups,
// the reference register, and the export and import of a whole register
// for `armswatch migrate`). Each
// adapter builds a Register over its *sql.DB (SQLite's own, PostgreSQL's
// from its pgx pool) with a Dialect that says what the two databases
// write differently: placeholders, JSON access to parties and corrections,
// a fact's review key, full-text search (FTS5 or tsvector), a few
// functions (instr/strpos, MAX/GREATEST) and hints to SQLite's planner.
//
// The schema is each adapter's (its migrations), with the same tables
// and columns on both. Saving documents and their facts, re-extraction
// and deal ids stay in the adapters (bulk paths, pgx's batches); a write
// here that changes facts' deals runs in the adapter's own transaction,
// which resolves them (Hooks.InTx).
package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Limits of a page.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// Hooks are the adapter's writes that the shared code calls.
type Hooks struct {
	// InTx runs fn in a transaction of the adapter's, then resolves
	// again, in the same transaction, the deals of the documents fn
	// returns (the adapter's deal ids: a review or a regrouping moves
	// facts between deals), and commits. An error from fn rolls back.
	InTx func(ctx context.Context, fn func(tx Tx) (docIDs []string, err error)) error
}

// Tx is an adapter's transaction as the shared writers use it; queries
// are already in the dialect's placeholders.
type Tx interface {
	Exec(ctx context.Context, query string, args ...any) error
	// QueryRow's Scan returns sql.ErrNoRows when there is no row.
	QueryRow(ctx context.Context, query string, args ...any) Row
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	// Leaving records the deals the facts of documents docIDs are in now,
	// before a write removes or changes facts: InTx resolves them again
	// too.
	Leaving(ctx context.Context, docIDs []string) error
}

// Row is one row of Tx.QueryRow.
type Row interface {
	Scan(dest ...any) error
}

// Rows are the rows of Tx.Query (pgx.Rows is one).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// SQLTx is a database/sql transaction as a Tx; leaving is its Leaving.
func SQLTx(tx *sql.Tx, leaving func(ctx context.Context, docIDs []string) error) Tx {
	return sqlTx{tx, leaving}
}

type sqlTx struct {
	tx      *sql.Tx
	leaving func(ctx context.Context, docIDs []string) error
}

func (t sqlTx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.tx.ExecContext(ctx, q, args...)
	return err
}

func (t sqlTx) QueryRow(ctx context.Context, q string, args ...any) Row {
	return t.tx.QueryRowContext(ctx, q, args...)
}

func (t sqlTx) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	rs, err := t.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rs}, nil
}

func (t sqlTx) Leaving(ctx context.Context, docIDs []string) error { return t.leaving(ctx, docIDs) }

// sqlRows are *sql.Rows as Rows.
type sqlRows struct{ rs *sql.Rows }

func (r sqlRows) Next() bool             { return r.rs.Next() }
func (r sqlRows) Scan(dest ...any) error { return r.rs.Scan(dest...) }
func (r sqlRows) Err() error             { return r.rs.Err() }
func (r sqlRows) Close()                 { r.rs.Close() }

// Register is the shared register over one database. It is safe for
// concurrent use.
type Register struct {
	db       *sql.DB
	d        Dialect
	notFound error
	hooks    Hooks
}

// New returns the register over db written in dialect d. notFound is the
// adapter's not-found error, which the register's errors wrap.
func New(db *sql.DB, d Dialect, notFound error, hooks Hooks) *Register {
	if notFound == nil {
		notFound = errors.New("not found")
	}
	return &Register{db: db, d: d, notFound: notFound, hooks: hooks}
}

// errf wraps err with the adapter's name and what failed.
func (r *Register) errf(what string, err error) error {
	return fmt.Errorf("%s: %s: %w", r.d.Name(), what, err)
}

// exec, query and queryRow run SQL written with ? placeholders.
func (r *Register) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return r.db.ExecContext(ctx, r.d.Rebind(q), args...)
}

func (r *Register) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return r.db.QueryContext(ctx, r.d.Rebind(q), args...)
}

func (r *Register) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return r.db.QueryRowContext(ctx, r.d.Rebind(q), args...)
}
