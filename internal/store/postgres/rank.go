package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
)

// DefaultRankLimit is the number of rows Rank returns when q.Limit <= 0.
const DefaultRankLimit = 20

// Rank ranks the partners of one side over transfer and aggregate facts,
// exactly as the sqlite package does. With q.Supplier it ranks that
// supplier's recipients (also restricted to q.Recipient when that is set
// too); with only q.Recipient it ranks that recipient's suppliers; with
// neither it ranks all suppliers. q.Within restricts the partners ranked.
//
// Money is counted by deal (totals.go): a deal reported by several
// documents counts once, with the value the resolve stage gives it, and
// per partner and year a stated aggregate and the item deals beside it
// count as the larger of the two, never both. Facts counts the facts
// behind the counted deals. A deal with no dollar value whose facts state
// an amount counts in LeftOut; with q.Constant values are in constant
// dollars of that year.
//
// Reviews apply (reviewed.go): rejected facts are left out, corrected
// parties, years, systems and values count as corrected.
func (s *Store) Rank(ctx context.Context, q domain.RankQuery) ([]domain.RankRow, error) {
	var order string
	switch q.By {
	case "", "value":
		order = "value DESC, facts DESC, party"
	case "count":
		order = "facts DESC, value DESC, party"
	default:
		return nil, fmt.Errorf("postgres: rank: unknown order %q (want value or count)", q.By)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultRankLimit
	}
	limit = min(limit, MaxLimit)

	partner := rv("f.supplier")
	var w where
	w.add("f.type IN ('transfer', 'aggregate')")
	w.add(notRejected)
	switch {
	case q.Supplier != "":
		partner = rv("f.recipient")
		w.add(rv("f.supplier") + " = " + w.arg(q.Supplier))
		if q.Recipient != "" {
			w.add(rv("f.recipient") + " = " + w.arg(q.Recipient))
		}
	case q.Recipient != "":
		w.add(rv("f.recipient") + " = " + w.arg(q.Recipient))
	}
	w.add(partner + " IS NOT NULL")
	if len(q.Within) > 0 {
		w.add(partner + " = ANY(" + w.arg(q.Within) + ")")
	}
	w.years(q.Since, q.Until)
	w.confidence(q.MinConfidence)

	sys := `COALESCE(` + rv("f.system_id") + `, lower(` + rv("f.system_name") + `)) AS sys`
	ctes, err := dealTotalsSQL([]string{partner}, rvYear, sys,
		` FROM facts f JOIN documents d ON d.id = f.document_id`+joinReviews+w.sql(), q.Constant)
	if err != nil {
		return nil, fmt.Errorf("postgres: rank: %w", err)
	}
	query := `WITH ` + ctes + `, totals AS (
			SELECT p0 AS party, SUM(value)::float8 AS value, SUM(n)::integer AS facts, SUM(left_out)::integer AS left_out FROM per_year GROUP BY p0
		), systems AS (
			SELECT p0 AS party, COUNT(DISTINCT sys)::integer AS systems FROM sel GROUP BY p0
		)
		SELECT t.party, t.value, t.facts, COALESCE(s.systems, 0), t.left_out
		FROM totals t LEFT JOIN systems s ON s.party = t.party
		ORDER BY ` + order + `
		LIMIT ` + w.arg(limit)
	rows, err := s.pool.Query(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: rank: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[domain.RankRow])
	if err != nil {
		return nil, fmt.Errorf("postgres: rank: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}
