package postgres

import (
	"github.com/armswatch/armswatch/internal/store/rows"
	"strconv"

	"github.com/armswatch/armswatch/internal/resolve"
)

// This file is the one SQL shape of the money totals (Rank, Table), as the
// sqlite adapter's totals.go, whose doc comment states the rules: the
// selected facts are grouped by deal (facts.deal_id, dealid.go), a deal
// counts once with its resolved value (Deal.ValueUSD) in the year of its
// first selected fact, and per partner and year the larger of the item
// deals and the stated aggregates counts, never both.

// aggregateDeal is true for a fact of an aggregate deal.
const aggregateDeal = `starts_with(f.deal_key, '` + resolve.KindAggregate + `')`

// dealTotalsSQL is the WITH clauses sel, per_deal and per_year over the
// facts selected by fromWhere (FROM … WHERE … with the documents joined as
// d and the reviews as r). parties are the partner expressions, selected
// as p0, p1, …; year is the year a fact is filed under; extra are more
// columns of sel. per_year has the parties, yr, value, n (facts), deals
// and left_out.
func dealTotalsSQL(parties []string, year, extra, fromWhere string, constant int) (string, error) {
	val, err := rows.ConstantSQL("f.deal_value", "f.deal_year", constant)
	if err != nil {
		return "", err
	}
	var cols, names string
	for i, p := range parties {
		n := "p" + strconv.Itoa(i)
		cols += p + " AS " + n + ", "
		names += n + ", "
	}
	if extra != "" {
		extra = ", " + extra
	}
	return `sel AS (
			SELECT ` + cols + year + ` AS yr, f.deal_id AS deal, ` + aggregateDeal + ` AS agg,
				(` + val + `)::float8 AS value, f.deal_value AS raw, ` + rows.LeftOutSQL(rv("f.value_usd")) + ` AS lf` + extra +
		fromWhere + ` AND f.deal_id IS NOT NULL
		), per_deal AS (
			SELECT ` + names + `deal, BOOL_OR(agg) AS agg, MIN(yr) AS yr, MAX(value) AS value, COUNT(*) AS n,
				CASE WHEN MAX(value) IS NULL AND (MAX(raw) IS NOT NULL OR MAX(lf) = 1) THEN 1 ELSE 0 END AS left_out
			FROM sel GROUP BY ` + names + `deal
		), per_year AS (
			-- per partner and year, the larger of the item deals and the stated aggregates
			SELECT ` + names + `yr,
				GREATEST(COALESCE(SUM(CASE WHEN agg THEN value END), 0), COALESCE(SUM(CASE WHEN NOT agg THEN value END), 0)) AS value,
				SUM(n) AS n, COUNT(*) AS deals, SUM(left_out) AS left_out
			FROM per_deal GROUP BY ` + names + `yr
		)`, nil
}
