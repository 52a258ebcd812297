package sqlreg

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// DefaultRankLimit is the number of rows Rank returns when q.Limit <= 0.
const DefaultRankLimit = 20

// rankWhere selects the transfer and aggregate facts of q's side: with a
// supplier, its recipients (and only recipient when set too), else the
// suppliers of a recipient, else all suppliers. It returns the partner
// column.
func (r *Register) rankWhere(supplier, recipient string, reviews bool) (where, string) {
	w := where{d: r.d}
	partnerCol := "f.supplier"
	w.add("f.type IN ('transfer', 'aggregate')")
	switch {
	case supplier != "":
		partnerCol = "f.recipient"
		r.cmpReviewed(&w, reviews, "f.supplier", "f.supplier", "=", supplier)
		if recipient != "" {
			r.cmpReviewed(&w, reviews, "f.recipient", "f.recipient", "=", recipient)
		}
	case recipient != "":
		r.cmpReviewed(&w, reviews, "f.recipient", "f.recipient", "=", recipient)
	}
	return w, partnerCol
}

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
func (r *Register) Rank(ctx context.Context, q domain.RankQuery) ([]domain.RankRow, error) {
	var order string
	switch q.By {
	case "", "value":
		order = "value DESC, facts DESC, party"
	case "count":
		order = "facts DESC, value DESC, party"
	default:
		return nil, fmt.Errorf("%s: rank: unknown order %q (want value or count)", r.d.Name(), q.By)
	}
	lim := q.Limit
	if lim <= 0 {
		lim = DefaultRankLimit
	}
	lim = min(lim, MaxLimit)

	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, r.errf("rank", err)
	}
	w, partnerCol := r.rankWhere(q.Supplier, q.Recipient, reviews)
	partner := r.rv(reviews, partnerCol)
	w.add(partner + " IS NOT NULL")
	if len(q.Within) > 0 {
		r.inReviewed(&w, reviews, partnerCol, partnerCol, q.Within)
	}
	r.yearsReviewed(&w, reviews, r.d.FactYear(), q.Since, q.Until)
	w.confidence(q.MinConfidence)
	if reviews {
		w.add(notRejected)
	}

	sys := `COALESCE(` + r.rv(reviews, "f.system_id") + `, lower(` + r.rv(reviews, "f.system_name") + `)) AS sys`
	ctes, err := r.DealTotalsSQL([]string{partner}, r.rvYear(reviews), sys, r.from(true, reviews)+w.sql(), reviews, q.Constant)
	if err != nil {
		return nil, r.errf("rank", err)
	}
	query := `WITH ` + ctes + `, totals AS (
			SELECT p0 AS party, SUM(value) AS value, CAST(SUM(n) AS BIGINT) AS facts, CAST(SUM(left_out) AS BIGINT) AS left_out FROM per_year GROUP BY p0
		), systems AS (
			SELECT p0 AS party, COUNT(DISTINCT sys) AS systems FROM sel GROUP BY p0
		)
		SELECT t.party AS party, t.value AS value, t.facts AS facts, COALESCE(s.systems, 0), t.left_out
		FROM totals t LEFT JOIN systems s ON s.party = t.party
		ORDER BY ` + order + `
		LIMIT ?`
	rs, err := r.query(ctx, query, append(w.args, lim)...)
	if err != nil {
		return nil, r.errf("rank", err)
	}
	defer rs.Close()
	var out []domain.RankRow
	for rs.Next() {
		var row domain.RankRow
		if err := rs.Scan(&row.Party, &row.ValueUSD, &row.Facts, &row.Systems, &row.LeftOut); err != nil {
			return nil, r.errf("rank", err)
		}
		out = append(out, row)
	}
	if err := rs.Err(); err != nil {
		return nil, r.errf("rank", err)
	}
	return out, nil
}

// Table makes a partner-by-year table of transfer and aggregate facts
// (domain.Tabler). Cells count as Rank counts (totals.go): each deal
// once, with its resolved value, in the year of its first selected fact,
// and per partner and year the larger of the item deals and the stated
// aggregates. Reviews apply as in Rank. Facts with no year (neither their
// own nor their document's) are not in the table.
func (r *Register) Table(ctx context.Context, q domain.TableQuery) (*domain.Table, error) {
	if err := rows.CheckTable(&q); err != nil {
		return nil, r.errf("table", err)
	}
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, r.errf("table", err)
	}
	w, partnerCol := r.rankWhere(q.Supplier, q.Recipient, reviews)
	partner := r.rv(reviews, partnerCol)
	year := r.rvYear(reviews)
	w.add(partner + " IS NOT NULL")
	w.add(year + " IS NOT NULL")
	r.yearsReviewed(&w, reviews, r.d.FactYear(), q.Since, q.Until)
	w.confidence(q.MinConfidence)
	if reviews {
		w.add(notRejected)
	}
	ctes, err := r.DealTotalsSQL([]string{partner}, year, "", r.from(true, reviews)+w.sql(), reviews, q.Constant)
	if err != nil {
		return nil, r.errf("table", err)
	}
	rs, err := r.query(ctx, `WITH `+ctes+` SELECT p0, yr, value, n, left_out FROM per_year`, w.args...)
	if err != nil {
		return nil, r.errf("table", err)
	}
	defer rs.Close()
	var cells []domain.TableCell
	for rs.Next() {
		var c domain.TableCell
		if err := rs.Scan(&c.Party, &c.Year, &c.Value, &c.Facts, &c.LeftOut); err != nil {
			return nil, r.errf("table", err)
		}
		cells = append(cells, c)
	}
	if err := rs.Err(); err != nil {
		return nil, r.errf("table", err)
	}
	return domain.MakeTable(q, cells), nil
}
