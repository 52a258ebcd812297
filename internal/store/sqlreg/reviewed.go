package sqlreg

import (
	"context"
	"slices"
	"strings"
)

// This file is the one place where reviews reach SQL: every reader of the
// register (Facts, Stats, Rank, Table, the web register's queries, flows,
// timelines, pair sheets and deal selections) joins each fact's review
// (joinReviews, as r) and reads its attributes through rv, filters them
// through the where methods below and leaves rejected facts out with
// notRejected. So a corrected value replaces the extracted one
// everywhere, and a rejected fact is counted nowhere (only the document
// view, a review view, asks for it with FactQuery.IncludeRejected).
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

// pathKind is the SQL type of a correction's value at a path.
var pathKind = map[string]Kind{
	"$.quantity":  Int,
	"$.year":      Int,
	"$.value":     Real,
	"$.value_usd": Real,
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

// corr is the corrected value at path of the joined review r.
func (r *Register) corr(path string) string {
	return r.d.JSON("r.correction", path, pathKind[path])
}

// rv is column col (f.supplier, f.value_usd, …) as the fact's review
// leaves it: the corrected value where a correction sets it, else the
// extracted one. Without reviews it is col.
func (r *Register) rv(reviews bool, col string) string {
	p, ok := correctionPath[col]
	if !reviews || !ok {
		return col
	}
	if s := setBy(p); s != p {
		return `(CASE WHEN ` + r.d.JSONHas("r.correction", s) + ` THEN ` + r.corr(p) + ` ELSE ` + col + ` END)`
	}
	return `COALESCE(` + r.corr(p) + `, ` + col + `)`
}

// supplierSQL is the party on the giving side: the supplier of a transfer
// or aggregate, the provider of assistance. An index on it serves the
// register's most common filters.
const supplierSQL = `COALESCE(f.supplier, f.provider) COLLATE NOCASE`

// rvSupplier is the giving side (supplier, else provider) as reviewed,
// compared case-insensitively.
func (r *Register) rvSupplier(reviews bool) string {
	if !reviews {
		return supplierSQL
	}
	return `COALESCE(` + r.corr("$.supplier") + `, f.supplier, f.provider) COLLATE NOCASE`
}

// rvYear is the year a fact is filed under, as reviewed: the corrected
// year, else its own, else its document's (FactYear, which needs the
// documents joined as d).
func (r *Register) rvYear(reviews bool) string {
	if !reviews {
		return r.d.FactYear()
	}
	return `COALESCE(` + r.corr("$.year") + `, ` + r.d.FactYear() + `)`
}

// correctedIDs selects the ids of the facts some review corrects at path
// (a superset: keys are not compared), for the index-friendly half of a
// reviewed filter.
func (r *Register) correctedIDs(path string) string {
	return `f.id IN (SELECT cf.id FROM fact_reviews cr JOIN facts cf ON cf.document_id = cr.document_id AND cf.ordinal = cr.ordinal
		WHERE ` + r.d.JSONHas("cr.correction", setBy(path)) + `)`
}

// cmpReviewed adds "the reviewed value of col op ?" (op is =, >=, <=).
// expr is how the extracted value is compared (col, or an expression over
// it such as supplierSQL) and col the column whose correction applies.
// With reviews the condition is split in two so that an index on expr
// still serves it: (expr op ? OR the fact has a correction of col), and
// then the exact test on the corrected value where there is one.
func (r *Register) cmpReviewed(w *where, reviews bool, expr, col, op string, v any) {
	p, ok := correctionPath[col]
	if !reviews || !ok || w.plain[setBy(p)] {
		w.add(expr+" "+op+" ?", v)
		return
	}
	w.needsR = true
	w.add("("+expr+" "+op+" ? OR "+r.correctedIDs(p)+")", v)
	w.add(`(CASE WHEN `+r.d.JSONHas("r.correction", setBy(p))+` THEN `+r.corr(p)+` `+op+` ? COLLATE NOCASE
		ELSE `+expr+` `+op+` ? END)`, v, v)
}

// inReviewed adds "the reviewed value of col is one of values", as
// cmpReviewed does.
func (r *Register) inReviewed(w *where, reviews bool, expr, col string, values []string) {
	p, ok := correctionPath[col]
	if !reviews || !ok || w.plain[setBy(p)] {
		w.in(expr, values)
		return
	}
	w.needsR = true
	var a, b, e where
	a.in(expr, values)
	w.add("("+a.conds[0]+" OR "+r.correctedIDs(p)+")", a.args...)
	b.in(r.corr(p)+` COLLATE NOCASE`, values)
	e.in(expr, values)
	w.add(`(CASE WHEN `+r.d.JSONHas("r.correction", setBy(p))+` THEN `+b.conds[0]+` ELSE `+e.conds[0]+` END)`, append(b.args, e.args...)...)
}

// yearsReviewed adds the Since/Until conditions on the reviewed year;
// col is the extracted filed year (f.sort_year, or FactYear).
func (r *Register) yearsReviewed(w *where, reviews bool, col string, since, until int) {
	if since > 0 {
		r.cmpYear(w, reviews, col, ">=", since)
	}
	if until > 0 {
		r.cmpYear(w, reviews, col, "<=", until)
	}
}

func (r *Register) cmpYear(w *where, reviews bool, col, op string, y int) {
	if !reviews || w.plain["$.year"] {
		w.add(col+" "+op+" ?", y)
		return
	}
	w.needsR = true
	w.add("("+col+" "+op+" ? OR "+r.correctedIDs("$.year")+")", y)
	w.add("COALESCE("+r.corr("$.year")+", "+col+") "+op+" ?", y)
}

// rejectedIDs selects the ids of the rejected facts (few): "f.id NOT IN
// (rejectedIDs)" leaves them out without joining every fact's review.
func (r *Register) rejectedIDs() string {
	return `SELECT cf.id FROM fact_reviews cr JOIN facts cf ON cf.document_id = cr.document_id AND cf.ordinal = cr.ordinal
	WHERE cr.status = 'rejected' AND cr.fact_key = ` + r.d.FactKey("cf")
}

// UsePlainPaths lets QueryFacts use uncorrectedPaths (tests compare with
// the fully reviewed conditions).
var UsePlainPaths = true

// UncorrectedPaths are the correction paths (setBy) that no review sets.
// Reviews are few and corrections fewer: a query that finds its filter's
// or its order's column uncorrected everywhere uses the column itself
// and its indexes (where.plain), as on a register without reviews.
func (r *Register) UncorrectedPaths(ctx context.Context) (map[string]bool, error) {
	var paths []string
	for _, p := range correctionPath {
		if p = setBy(p); !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	cols := make([]string, len(paths))
	for i, p := range paths {
		cols[i] = `COALESCE(MAX(CASE WHEN ` + r.d.JSONHas("correction", p) + ` THEN 1 ELSE 0 END), 0)`
	}
	set := make([]bool, len(paths))
	dest := make([]any, len(paths))
	for i := range set {
		dest[i] = &set[i]
	}
	if err := r.queryRow(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM fact_reviews WHERE correction IS NOT NULL`).Scan(dest...); err != nil {
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

// hasReviews reports whether any fact has been reviewed. Queries skip the
// reviews join (and its per-row key) when none has.
func (r *Register) hasReviews(ctx context.Context) (bool, error) {
	var b bool
	err := r.queryRow(ctx, `SELECT EXISTS (SELECT 1 FROM fact_reviews)`).Scan(&b)
	return b, err
}
