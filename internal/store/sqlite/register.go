package sqlite

import (
	"context"
	"database/sql"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// The register's reading SQL (the web register, rankings, tables, facts,
// search, watchlists, feeds, near-duplicates, the reference register) is
// internal/store/sqlreg's, shared with the postgres adapter; Store embeds
// it over this database in the SQLite dialect. What stays here is the
// schema, the writes of documents and facts, deal ids and SQLite's own
// maintenance (Optimize, IntegrityCheck).

var (
	_ domain.Register          = (*Store)(nil)
	_ domain.DealRegister      = (*Store)(nil)
	_ domain.ReferenceRegister = (*Store)(nil)
	_ domain.PairSheetReader   = (*Store)(nil)
	_ domain.VersionedRegister = (*Store)(nil)
	_ domain.SearchPager       = (*Store)(nil)
	_ domain.DocumentLister    = (*Store)(nil)
	_ domain.FeedStore         = (*Store)(nil)
	_ domain.SimHashSetter     = (*Store)(nil)
	_ domain.Tabler            = (*Store)(nil)
	_ domain.FactAdder         = (*Store)(nil)
)

// register is the shared register over s's database.
func (s *Store) register() *sqlreg.Register {
	return sqlreg.New(s.db, sqlreg.SQLite, ErrNotFound, sqlreg.Hooks{
		AssignDeals: func(ctx context.Context, tx *sql.Tx, docIDs []string) error {
			return s.assignDeals(ctx, tx, docIDs, nil)
		},
		WriteGroups: s.writeGroups,
	})
}

// writeGroups stores the near-duplicate groups that changed and resolves
// the deals of their documents again, in one transaction: the groups
// count a deal's sources, which weigh its figures.
func (s *Store) writeGroups(ctx context.Context, changed map[string]string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, sqlreg.SetDupOfSQL)
	if err != nil {
		return err
	}
	defer stmt.Close()
	ids := make([]string, 0, len(changed))
	for id, dup := range changed {
		if _, err := stmt.ExecContext(ctx, nullStr(dup), id); err != nil {
			return err
		}
		ids = append(ids, id)
	}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		if err := s.assignDeals(ctx, tx, ids[:n], nil); err != nil {
			return err
		}
		ids = ids[n:]
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

var _ domain.FullRegister = (*Store)(nil)
