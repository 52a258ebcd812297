package sqlite

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
)

// DefaultRankLimit is the number of rows Rank returns when q.Limit <= 0.
const DefaultRankLimit = 20

// Rank ranks the partners of one side over transfer and aggregate facts.
// With q.Supplier it ranks that supplier's recipients (also restricted to
// q.Recipient when that is set too); with only q.Recipient it ranks that
// recipient's suppliers; with neither it ranks all suppliers. q.Within
// restricts the partners ranked.
//
// Money is counted by deal (totals.go): a deal reported by several
// documents counts once, with the value the resolve stage gives it, and
// per partner and year a stated aggregate and the item deals beside it
// count as the larger of the two, never both. Facts counts the facts
// behind the counted deals.
//
// Reviews apply (reviewed.go): rejected facts are left out, corrected
// parties, years, systems and values count as corrected, on both sides. A
// fact that states an amount with no dollar value counts in LeftOut; with
// q.Constant values are in constant dollars of that year.
func (s *Store) Rank(ctx context.Context, q domain.RankQuery) ([]domain.RankRow, error) {
	var order string
	switch q.By {
	case "", "value":
		order = "value DESC, facts DESC, party"
	case "count":
		order = "facts DESC, value DESC, party"
	default:
		return nil, fmt.Errorf("sqlite: rank: unknown order %q (want value or count)", q.By)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultRankLimit
	}
	limit = min(limit, MaxLimit)

	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: rank: %w", err)
	}
	partnerCol := "f.supplier"
	var w where
	w.add("f.type IN ('transfer', 'aggregate')")
	switch {
	case q.Supplier != "":
		partnerCol = "f.recipient"
		w.cmpReviewed(reviews, "f.supplier", "f.supplier", "=", q.Supplier)
		if q.Recipient != "" {
			w.cmpReviewed(reviews, "f.recipient", "f.recipient", "=", q.Recipient)
		}
	case q.Recipient != "":
		w.cmpReviewed(reviews, "f.recipient", "f.recipient", "=", q.Recipient)
	}
	partner := rv(reviews, partnerCol)
	w.add(partner + " IS NOT NULL")
	if len(q.Within) > 0 {
		w.inReviewed(reviews, partnerCol, partnerCol, q.Within)
	}
	w.yearsReviewed(reviews, factYear, q.Since, q.Until)
	w.confidence(q.MinConfidence)
	if reviews {
		w.add(notRejected)
	}

	sys := `COALESCE(` + rv(reviews, "f.system_id") + `, lower(` + rv(reviews, "f.system_name") + `)) AS sys`
	ctes, err := dealTotalsSQL([]string{partner}, rvYear(reviews), sys, from(true, reviews)+w.sql(), reviews, q.Constant)
	if err != nil {
		return nil, fmt.Errorf("sqlite: rank: %w", err)
	}
	query := `WITH ` + ctes + `, totals AS (
			SELECT p0 AS party, SUM(value) AS value, SUM(n) AS facts, SUM(left_out) AS left_out FROM per_year GROUP BY p0
		), systems AS (
			SELECT p0 AS party, COUNT(DISTINCT sys) AS systems FROM sel GROUP BY p0
		)
		SELECT t.party AS party, t.value AS value, t.facts AS facts, COALESCE(s.systems, 0), t.left_out
		FROM totals t LEFT JOIN systems s ON s.party = t.party
		ORDER BY ` + order + `
		LIMIT ?`
	rows, err := s.db.QueryContext(ctx, query, append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: rank: %w", err)
	}
	defer rows.Close()
	var out []domain.RankRow
	for rows.Next() {
		var r domain.RankRow
		if err := rows.Scan(&r.Party, &r.ValueUSD, &r.Facts, &r.Systems, &r.LeftOut); err != nil {
			return nil, fmt.Errorf("sqlite: rank: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: rank: %w", err)
	}
	return out, nil
}
