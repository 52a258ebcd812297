package sqlite

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// The register's reading SQL (the web register, rankings, tables, facts,
// search, watchlists, feeds, near-duplicates, the reference register) is
// internal/store/sqlreg's, shared with the postgres adapter; Store embeds
// it over this database in the SQLite dialect. What stays here is the
// schema, the writes of documents and facts, deal ids and SQLite's own
// maintenance (Optimize, IntegrityCheck).

var _ domain.FullRegister = (*Store)(nil)

// register is the shared register over s's database.
func (s *Store) register() *sqlreg.Register {
	return sqlreg.New(s.db, sqlreg.SQLite, ErrNotFound, sqlreg.Hooks{InTx: s.inTx})
}

// inTx runs fn in a transaction, then resolves again the deals of the
// documents it returns (in batches: a regrouping may touch thousands) and
// those their facts left (Tx.Leaving), and commits.
func (s *Store) inTx(ctx context.Context, fn func(sqlreg.Tx) ([]string, error)) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var oldKeys []rows.DealRef
	ids, err := fn(sqlreg.SQLTx(tx, func(ctx context.Context, docIDs []string) error {
		keys, err := docKeys(ctx, tx, docIDs)
		oldKeys = append(oldKeys, keys...)
		return err
	}))
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		if err := s.assignDeals(ctx, tx, ids[:n], oldKeys); err != nil {
			return fmt.Errorf("assign deals: %w", err)
		}
		ids, oldKeys = ids[n:], nil
	}
	return tx.Commit()
}

// sqliteSQL builds the shared SQL that the package's own writers read
// through (queryRegisterOn); it has no database of its own.
var sqliteSQL = sqlreg.New(nil, sqlreg.SQLite, ErrNotFound, sqlreg.Hooks{})

// queryRegisterOn reads facts with their reviews applied on db (a
// transaction, for writers): sqlreg's QueryRegister.
func queryRegisterOn(ctx context.Context, db sqlreg.Querier, reviews, _ bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	return sqliteSQL.QueryRegister(ctx, db, reviews, tail, args...)
}

// factKeySQL is a fact f's review key; joinReviews joins each fact's
// review as r.
var (
	factKeySQL  = sqlreg.SQLite.FactKey("f")
	joinReviews = sqlreg.JoinReviews(sqlreg.SQLite)
)

// storedFacts drops what the register adds to stored facts.
var storedFacts = sqlreg.StoredFacts

// dealTypes are the fact types deals are made of.
var dealTypes = sqlreg.DealTypes

// MaxItemAttempts is how many polls try to fetch a feed item whose page
// fails.
const MaxItemAttempts = sqlreg.MaxItemAttempts

// DefaultRankLimit is the number of rows Rank returns when q.Limit <= 0.
const DefaultRankLimit = sqlreg.DefaultRankLimit
