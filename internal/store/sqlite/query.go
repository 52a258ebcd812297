package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// Limits of Filter.Limit.
const (
	DefaultLimit = sqlreg.DefaultLimit
	MaxLimit     = sqlreg.MaxLimit
)

// where collects the conditions and arguments of the package's own
// writers' queries (deal ids).
type where struct {
	conds []string
	args  []any
}

// in adds "expr IN (?, ?, …)" for values.
func (w *where) in(expr string, values []string) {
	cond, args := sqlreg.In(expr, values)
	w.conds, w.args = append(w.conds, cond), append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// Markers around the matched words in SearchHit.Snippet. They are control
// characters so that a caller can escape the snippet (for HTML, say) and
// then replace them with its own markup.
const (
	HighlightStart = domain.HighlightStart
	HighlightEnd   = domain.HighlightEnd
)

// SearchHit is a document found by SearchDocuments; the postgres package
// returns the same type.
type SearchHit = rows.SearchHit

// Optimize refreshes the query planner's statistics (PRAGMA optimize, with a
// bounded analysis so that it stays fast on large registers). Without them
// SQLite may, for instance, sort the whole register to show its newest page.
// A server calls it when it starts; it is cheap when nothing changed.
func (s *Store) Optimize(ctx context.Context) error {
	for _, p := range []string{`PRAGMA analysis_limit = 1000`, `PRAGMA optimize = 0x10002`} {
		if _, err := s.db.ExecContext(ctx, p); err != nil {
			return fmt.Errorf("sqlite: optimize: %w", err)
		}
	}
	return nil
}
