package sqlreg

import (
	"strconv"

	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file is the one SQL shape of every money total (Rank, Table, Flows
// and the pair sheet's total): the facts a query selects are grouped by
// their deal (facts.deal_id, kept by the adapters' dealid.go), so that a
// deal counts once however many documents report it (an official notice
// and the news articles on it, ten outlets on one order), with its value
// as the resolve stage gives it (Deal.ValueUSD: the furthest contractual
// stage's most reported figure; a notice's estimated total for its
// package).
//
// The rule for stated aggregates ("$8.5bn in arms since 2017": an
// aggregate deal) is: per partner and year, the larger of the sum of the
// item deals and the sum of the aggregate deals counts, never both. A
// stated total usually covers the very deals reported beside it, and the
// register cannot tell which ones; taking the larger keeps what is
// certain without adding a figure twice. Where an aggregate covers more
// years than the one it is filed under, that year counts the aggregate,
// the other years their items.
//
// A deal counts in the year of the first fact the query selects of it,
// with the value of the whole deal (a deal selected by one of its reports
// counts whole). In constant dollars the value converts at the deal's
// year (Deal.Year). A deal with no dollar value whose facts state an
// amount (in a currency or year with no rate) counts in LeftOut, once.
//
// Reviews apply: the deals are resolved from the reviewed facts (a
// rejected fact is in no deal; a corrected party, system, year or value
// moves or revalues its deal when the review is saved), and the query's
// filters apply to the reviewed values as everywhere (reviewed.go).

// aggregateDeal is 1 for a fact of an aggregate deal, else 0.
var aggregateDeal = `(CASE WHEN substr(f.deal_key, 1, ` + strconv.Itoa(len(resolve.KindAggregate)) + `) = '` + resolve.KindAggregate + `' THEN 1 ELSE 0 END)`

// DealTotalsSQL is the WITH clauses sel, per_deal and per_year over the
// facts selected by fromWhere (a FROM … WHERE … clause with the documents
// joined as d, and the reviews as r when reviews). parties are the
// partner expressions, selected as p0, p1, …; year is the year a fact is
// filed under; extra are more columns of sel ("expr AS name, …"), for
// the caller's own aggregates. per_year has the parties, yr, value (by
// the aggregate rule), n (facts), deals and left_out, all but the parties
// and value integers.
func (r *Register) DealTotalsSQL(parties []string, year, extra, fromWhere string, reviews bool, constant int) (string, error) {
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
				CAST(` + val + ` AS DOUBLE PRECISION) AS value, f.deal_value AS raw, ` + rows.LeftOutSQL(r.rv(reviews, "f.value_usd")) + ` AS lf` + extra +
		fromWhere + ` AND f.deal_id IS NOT NULL
		), per_deal AS (
			SELECT ` + names + `deal, MAX(agg) AS agg, MIN(yr) AS yr, MAX(value) AS value, COUNT(*) AS n,
				CASE WHEN MAX(value) IS NULL AND (MAX(raw) IS NOT NULL OR MAX(lf) = 1) THEN 1 ELSE 0 END AS left_out
			FROM sel GROUP BY ` + names + `deal
		), per_year AS (
			-- per partner and year, the larger of the item deals and the stated aggregates
			SELECT ` + names + `CAST(yr AS BIGINT) AS yr,
				` + r.d.Greatest(`COALESCE(SUM(CASE WHEN agg = 1 THEN value END), 0)`, `COALESCE(SUM(CASE WHEN agg = 0 THEN value END), 0)`) + ` AS value,
				CAST(SUM(n) AS BIGINT) AS n, COUNT(*) AS deals, CAST(SUM(left_out) AS BIGINT) AS left_out
			FROM per_deal GROUP BY ` + names + `yr
		)`, nil
}
