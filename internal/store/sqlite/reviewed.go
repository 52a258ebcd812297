package sqlite

import (
	"context"
	"slices"
	"strings"
)

// This file is the one place where reviews reach SQL: every reader of the
// register (Facts, Stats, Rank, DealFacts, the web register's queries,
// flows, timelines and pair sheets) joins each fact's review (joinReviews,
// as r) and reads its attributes through rv, filters them through the
// where methods below and leaves rejected facts out with notRejected. So a
// corrected value replaces the extracted one everywhere, and a rejected
// fact is counted nowhere (only the document view, a review view, asks
// for it with FactQuery.IncludeRejected).
//
// Without any review (hasReviews false) the join is left out and rv is
// the column itself, so that an unreviewed register keeps its indexes.

// correctionPath maps a facts column to the path of its value in a
// review's correction (domain.Correction's JSON).
var correctionPath = map[string]string{
	"f.supplier":        "$.supplier",
	"f.provider":        "$.supplier",
	"f.recipient":       "$.recipient",
	"f.quantity":        "$.quantity",
	"f.value_amount":    "$.value",
	"f.value_currency":  "$.currency",
	"f.value_usd":       "$.value_usd",
	"f.stage":           "$.stage",
	"f.year":            "$.year",
	"f.sort_year":       "$.year",
	"f.system_id":       "$.system.id",
	"f.system_name":     "$.system.name",
	"f.system_category": "$.system.category",
}

// notRejected is the condition "the fact is not rejected" (reviews joined).
const notRejected = "(r.status IS NULL OR r.status <> 'rejected')"

// setBy is the JSON path whose presence in a correction means that it
// corrects path: a corrected system replaces all of the system's columns.
func setBy(path string) string {
	if strings.HasPrefix(path, "$.system.") {
		return "$.system"
	}
	return path
}

// rv is column col (f.supplier, f.value_usd, …) as the fact's review
// leaves it: the corrected value where a correction sets it, else the
// extracted one. Without reviews it is col.
func rv(reviews bool, col string) string {
	p, ok := correctionPath[col]
	if !reviews || !ok {
		return col
	}
	if s := setBy(p); s != p {
		return `(CASE WHEN json_type(r.correction, '` + s + `') IS NOT NULL THEN json_extract(r.correction, '` + p + `') ELSE ` + col + ` END)`
	}
	return `COALESCE(json_extract(r.correction, '` + p + `'), ` + col + `)`
}

// rvSupplier is the giving side (supplier, else provider) as reviewed,
// compared case-insensitively.
func rvSupplier(reviews bool) string {
	if !reviews {
		return supplierSQL
	}
	return `COALESCE(json_extract(r.correction, '$.supplier'), f.supplier, f.provider) COLLATE NOCASE`
}

// rvYear is the year a fact is filed under, as reviewed: the corrected
// year, else its own, else its document's (factYear, which needs the
// documents joined as d).
func rvYear(reviews bool) string {
	if !reviews {
		return factYear
	}
	return `COALESCE(json_extract(r.correction, '$.year'), ` + factYear + `)`
}

// correctedIDs selects the ids of the facts some review corrects at path
// (a superset: keys are not compared), for the index-friendly half of a
// reviewed filter.
func correctedIDs(path string) string {
	return `f.id IN (SELECT cf.id FROM fact_reviews cr JOIN facts cf ON cf.document_id = cr.document_id AND cf.ordinal = cr.ordinal
		WHERE json_type(cr.correction, '` + setBy(path) + `') IS NOT NULL)`
}

// cmpReviewed adds "the reviewed value of col op ?" (op is =, >=, <=).
// expr is how the extracted value is compared (col, or an expression over
// it such as supplierSQL) and col the column whose correction applies.
// With reviews the condition is split in two so that an index on expr
// still serves it: (expr op ? OR the fact has a correction of col), and
// then the exact test on the corrected value where there is one.
func (w *where) cmpReviewed(reviews bool, expr, col, op string, v any) {
	p, ok := correctionPath[col]
	if !reviews || !ok || w.plain[setBy(p)] {
		w.add(expr+" "+op+" ?", v)
		return
	}
	w.needsR = true
	w.add("("+expr+" "+op+" ? OR "+correctedIDs(p)+")", v)
	w.add(`(CASE WHEN json_type(r.correction, '`+setBy(p)+`') IS NOT NULL THEN json_extract(r.correction, '`+p+`') `+op+` ? COLLATE NOCASE
		ELSE `+expr+` `+op+` ? END)`, v, v)
}

// inReviewed adds "the reviewed value of col is one of values", as
// cmpReviewed does.
func (w *where) inReviewed(reviews bool, expr, col string, values []string) {
	p, ok := correctionPath[col]
	if !reviews || !ok || w.plain[setBy(p)] {
		w.in(expr, values)
		return
	}
	w.needsR = true
	var a, b where
	a.in(expr, values)
	w.add("("+a.conds[0]+" OR "+correctedIDs(p)+")", a.args...)
	b.in(`json_extract(r.correction, '`+p+`') COLLATE NOCASE`, values)
	c := b.conds[0]
	var e where
	e.in(expr, values)
	w.add(`(CASE WHEN json_type(r.correction, '`+setBy(p)+`') IS NOT NULL THEN `+c+` ELSE `+e.conds[0]+` END)`, append(b.args, e.args...)...)
}

// yearsReviewed adds the Since/Until conditions on the reviewed year;
// col is the extracted filed year (f.sort_year, or factYear).
func (w *where) yearsReviewed(reviews bool, col string, since, until int) {
	if since > 0 {
		w.cmpYear(reviews, col, ">=", since)
	}
	if until > 0 {
		w.cmpYear(reviews, col, "<=", until)
	}
}

func (w *where) cmpYear(reviews bool, col, op string, y int) {
	if !reviews || w.plain["$.year"] {
		w.add(col+" "+op+" ?", y)
		return
	}
	w.needsR = true
	w.add("("+col+" "+op+" ? OR "+correctedIDs("$.year")+")", y)
	w.add("COALESCE(json_extract(r.correction, '$.year'), "+col+") "+op+" ?", y)
}

// rejectedIDs selects the ids of the rejected facts (few): "f.id NOT IN
// (rejectedIDs)" leaves them out without joining every fact's review.
var rejectedIDs = `SELECT cf.id FROM fact_reviews cr JOIN facts cf ON cf.document_id = cr.document_id AND cf.ordinal = cr.ordinal
	WHERE cr.status = 'rejected' AND cr.fact_key = ` + strings.ReplaceAll(factKeySQL, "f.", "cf.")

// uncorrectedPaths are the correction paths (setBy) that no review sets.
// Reviews are few and corrections fewer: a query that finds its filter's
// or its order's column uncorrected everywhere uses the column itself
// and its indexes (where.plain), as on a register without reviews.
func (s *Store) uncorrectedPaths(ctx context.Context) (map[string]bool, error) {
	var paths []string
	for _, p := range correctionPath {
		if p = setBy(p); !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	cols := make([]string, len(paths))
	for i, p := range paths {
		cols[i] = `COALESCE(MAX(json_type(correction, '` + p + `') IS NOT NULL), 0)`
	}
	set := make([]bool, len(paths))
	dest := make([]any, len(paths))
	for i := range set {
		dest[i] = &set[i]
	}
	if err := s.db.QueryRowContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM fact_reviews WHERE correction IS NOT NULL`).Scan(dest...); err != nil {
		return nil, err
	}
	plain := map[string]bool{}
	for i, p := range paths {
		if !set[i] {
			plain[p] = true
		}
	}
	return plain, nil
}
