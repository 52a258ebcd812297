package postgres

import (
	"context"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// The register's reading SQL (the web register, rankings, tables, facts,
// search, watchlists, feeds, near-duplicates, the reference register) is
// internal/store/sqlreg's, shared with the sqlite adapter; Store embeds it
// over a database/sql view of its pgx pool in the PostgreSQL dialect.
// Writes of documents, facts, reviews and deal ids stay here, on pgx.

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

// writeGroups stores the near-duplicate groups that changed and resolves
// the deals of their documents again, in one transaction: the groups
// count a deal's sources, which weigh its figures.
func (s *Store) writeGroups(ctx context.Context, changed map[string]string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	ids := make([]string, 0, len(changed))
	for id, dup := range changed {
		if _, err := tx.Exec(ctx, sqlreg.Postgres.Rebind(sqlreg.SetDupOfSQL), rows.NullStr(dup), id); err != nil {
			return err
		}
		ids = append(ids, id)
	}
	if err := assignDeals(ctx, tx, ids, nil); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

var _ domain.FullRegister = (*Store)(nil)
