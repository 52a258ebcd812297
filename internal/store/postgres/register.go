package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// The register's reading SQL (the web register, rankings, tables, facts,
// search, watchlists, feeds, near-duplicates, the reference register) is
// internal/store/sqlreg's, shared with the sqlite adapter; Store embeds it
// over a database/sql view of its pgx pool in the PostgreSQL dialect.
// Writes of documents, facts, reviews and deal ids stay here, on pgx.

var _ domain.FullRegister = (*Store)(nil)

// Limits of Filter.Limit.
const (
	DefaultLimit = sqlreg.DefaultLimit
	MaxLimit     = sqlreg.MaxLimit
)

// DefaultRankLimit is the number of rows Rank returns when q.Limit <= 0.
const DefaultRankLimit = sqlreg.DefaultRankLimit

// Markers around the matched words in SearchHit.Snippet, the same as the
// sqlite package's.
const (
	HighlightStart = domain.HighlightStart
	HighlightEnd   = domain.HighlightEnd
)

// SearchHit is a document found by SearchDocuments; the sqlite package
// returns the same type.
type SearchHit = rows.SearchHit

// inTx runs fn in a transaction, then resolves again the deals of the
// documents it returns and those their facts left (Tx.Leaving), and
// commits, again if PostgreSQL aborts it for a deadlock (retryTx).
func (s *Store) inTx(ctx context.Context, fn func(sqlreg.Tx) ([]string, error)) error {
	return retryTx(func() error { return s.inTxOnce(ctx, fn) })
}

// retryTx runs one transaction, once more each time PostgreSQL aborts it
// for a deadlock (40P01) or a serialization failure (40001), a few times,
// as the server's error asks; every other error is returned. Two writers
// that assign deals at once (a save, a review, a re-extraction) can
// deadlock on the deal rows, and PostgreSQL then aborts one of them.
func retryTx(run func() error) error {
	var err error
	for attempt := 0; attempt < txAttempts; attempt++ {
		if err = run(); !retryable(err) {
			return err
		}
	}
	return err
}

// txAttempts is how many times retryTx runs a transaction PostgreSQL aborted
// for a deadlock or a serialization failure.
const txAttempts = 4

// retryable reports whether PostgreSQL aborted the transaction for a
// deadlock or a serialization failure, which a new attempt may not meet.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

func (s *Store) inTxOnce(ctx context.Context, fn func(sqlreg.Tx) ([]string, error)) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	t := &pgxTx{tx: tx}
	ids, err := fn(t)
	if err != nil {
		return err
	}
	if len(ids) > 0 {
		if err := s.assignDeals(ctx, tx, ids, t.oldKeys); err != nil {
			return fmt.Errorf("assign deals: %w", err)
		}
	}
	return tx.Commit(ctx)
}

// pgxTx is a pgx transaction as the shared writers' sqlreg.Tx.
type pgxTx struct {
	tx      pgx.Tx
	oldKeys []rows.DealRef // the deals read by Leaving
}

func (t *pgxTx) Query(ctx context.Context, q string, args ...any) (sqlreg.Rows, error) {
	return t.tx.Query(ctx, q, args...)
}

func (t *pgxTx) Leaving(ctx context.Context, docIDs []string) error {
	keys, err := docKeys(ctx, t.tx, docIDs)
	t.oldKeys = append(t.oldKeys, keys...)
	return err
}

func (t *pgxTx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.tx.Exec(ctx, q, args...)
	return err
}

func (t *pgxTx) QueryRow(ctx context.Context, q string, args ...any) sqlreg.Row {
	return pgxRow{t.tx.QueryRow(ctx, q, args...)}
}

// pgxRow reports no row as database/sql does.
type pgxRow struct{ row pgx.Row }

func (r pgxRow) Scan(dest ...any) error {
	err := r.row.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return sql.ErrNoRows
	}
	return err
}
