// Package sqlreg is the register SQL that the sqlite and postgres adapters
// share, written once over database/sql: the web register (paged and
// sorted queries, facts, timelines, flows, search pages, document lists,
// pair sheets, deal selections, reviews' audit trail), watchlists, feed
// subscriptions, near-duplicate groups and the reference register. Each
// adapter builds a Register over its *sql.DB (SQLite's own, PostgreSQL's
// from its pgx pool) with a Dialect that says what the two databases
// write differently: placeholders, JSON access to parties and corrections,
// a fact's review key, full-text search (FTS5 or tsvector), a few
// functions (instr/strpos, MAX/GREATEST) and hints to SQLite's planner.
//
// The schema is each adapter's (its migrations), with the same tables
// and columns on both; what must stay inside one adapter's transaction
// machinery (resolving deals after a review or a regrouping) is a hook
// the adapter gives (Hooks).
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
	// AssignDeals resolves again, inside tx, the deals of the facts of
	// documents docIDs (after a review changed them). Nil: ReviewFact
	// is the adapter's own.
	AssignDeals func(ctx context.Context, tx *sql.Tx, docIDs []string) error
	// WriteGroups stores the near-duplicate group of each document in
	// changed (document id → its group's first document, "" for an
	// original) and resolves their deals again, in one transaction.
	WriteGroups func(ctx context.Context, changed map[string]string) error
}

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

// DB is the database the register reads.
func (r *Register) DB() *sql.DB { return r.db }

// Dialect is the register's dialect.
func (r *Register) Dialect() Dialect { return r.d }

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
