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
// Money is counted so that the same deal is not added twice within one
// document: an article that states a total ("US arms sales to Morocco
// reached $8.5bn") and also itemises some of its deals would otherwise
// count the items twice. So for each (document, partner) the value is the
// larger of the biggest aggregate total stated and the sum of the transfer
// values, and a partner's value is the sum of that over documents. Two
// documents reporting the same deal are still both counted: telling them
// apart is the resolve stage's work (deals); near-duplicate copies of one
// story (documents.dup_of, set by the resolve stage) count once.
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

	val, err := constantSQL(rv(reviews, "f.value_usd"), q.Constant)
	if err != nil {
		return nil, fmt.Errorf("sqlite: rank: %w", err)
	}
	query := `WITH sel AS (
			SELECT ` + partner + ` AS party, f.document_id, COALESCE(d.dup_of, d.id) AS grp,
				lower(f.type) AS type, ` + val + ` AS value_usd, ` + leftOutSQL(val) + ` AS left_out,
				COALESCE(` + rv(reviews, "f.system_id") + `, lower(` + rv(reviews, "f.system_name") + `)) AS sys` + from(true, reviews) + w.sql() + `
		), per_doc AS (
			SELECT party, grp,
				MAX(COALESCE(MAX(CASE WHEN type = 'aggregate' THEN value_usd END), 0),
				    COALESCE(SUM(CASE WHEN type = 'transfer' THEN value_usd END), 0)) AS value,
				COUNT(*) AS n, SUM(left_out) AS left_out
			FROM sel GROUP BY party, document_id
		), per_group AS (
			-- syndicated copies of one story (near-duplicates) count once
			SELECT party, MAX(value) AS value, MAX(n) AS n, MAX(left_out) AS left_out FROM per_doc GROUP BY party, grp
		), totals AS (
			SELECT party, SUM(value) AS value, SUM(n) AS facts, SUM(left_out) AS left_out FROM per_group GROUP BY party
		), systems AS (
			SELECT party, COUNT(DISTINCT sys) AS systems FROM sel GROUP BY party
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
