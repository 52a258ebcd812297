package sqlreg

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file is the web register's reading of facts: the paged and sorted
// queries, one fact, timelines and flows.

// from is the FROM clause of a register query: facts, their documents when
// docs, their reviews when reviews.
func (r *Register) from(docs, reviews bool) string {
	f := ` FROM facts f`
	if docs {
		f += ` JOIN documents d ON d.id = f.document_id`
	}
	if reviews {
		f += r.joinReviews()
	}
	return f
}

// joinReviews joins each fact's review. On SQLite the key is compared
// with a unary plus (NoIndex): the join then seeks reviews by (document,
// ordinal) only and computes the fact's key only for the few facts that
// have a review there, not for every fact an aggregate reads.
func (r *Register) joinReviews() string { return JoinReviews(r.d) }

// JoinReviews is the LEFT JOIN of each fact f's review r in dialect d.
func JoinReviews(d Dialect) string {
	return ` LEFT JOIN fact_reviews r ON r.document_id = f.document_id AND r.ordinal = f.ordinal AND ` +
		d.NoIndex("r.fact_key") + ` = ` + d.FactKey("f")
}

// registerColumns are what queryRegister scans; without the reviews join
// the review columns are empty.
func (r *Register) registerColumns(reviews bool) string {
	c := `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body,
	f.ordinal, ` + r.d.FactKey("f")
	if reviews {
		return c + `, COALESCE(r.status, ''), r.correction`
	}
	return c + `, '', NULL`
}

// registerWhere builds the conditions of q. docs says whether they refer
// to the documents table; reviews whether the reviews are joined (there
// are reviews): the conditions then apply to the reviewed values
// (reviewed.go), and rejected facts are left out unless q includes them.
// ok is false when q cannot match anything (a text search with nothing
// searchable in it).
func (r *Register) registerWhere(q domain.FactQuery, reviews bool) (w where, docs, ok bool) {
	return r.registerWherePlain(q, reviews, nil)
}

// registerWherePlain is registerWhere knowing which correction paths no
// review sets (UncorrectedPaths): the conditions on those columns are
// the columns' own.
func (r *Register) registerWherePlain(q domain.FactQuery, reviews bool, plain map[string]bool) (w where, docs, ok bool) {
	w.d, w.plain = r.d, plain
	f := q.Filter
	docs = f.Language != "" || strings.TrimSpace(f.Text) != ""
	if f.Type != "" {
		w.add("f.type = ?", f.Type)
	}
	if f.Supplier != "" {
		r.cmpReviewed(&w, reviews, supplierSQL, "f.supplier", "=", f.Supplier)
	}
	if len(f.Suppliers) > 0 {
		r.inReviewed(&w, reviews, supplierSQL, "f.supplier", f.Suppliers)
	}
	if f.Recipient != "" {
		r.cmpReviewed(&w, reviews, "f.recipient", "f.recipient", "=", f.Recipient)
	}
	if len(f.Countries) > 0 {
		r.inReviewed(&w, reviews, "f.recipient", "f.recipient", f.Countries)
	}
	if sys := strings.TrimSpace(f.System); sys != "" {
		// The distinct term lists are few (fact_system_terms keeps
		// them): match the substring there, then find the facts by index.
		cond := "f.system_terms IN (SELECT terms FROM fact_system_terms WHERE " + r.d.Instr("terms", "?") + " > 0)"
		if reviews && !plain["$.system"] {
			w.needsR = true
			// A corrected system is matched by its id and name.
			w.add(`(CASE WHEN `+r.d.JSONHas("r.correction", "$.system")+`
				THEN `+r.d.Instr(`lower(COALESCE(`+r.corr("$.system.id")+`, '') || '
' || COALESCE(`+r.corr("$.system.name")+`, ''))`, "?")+` > 0
				ELSE `+cond+` END)`, strings.ToLower(sys), strings.ToLower(sys))
		} else {
			w.add(cond, strings.ToLower(sys))
		}
	}
	if q.SystemID != "" {
		r.cmpReviewed(&w, reviews, "f.system_id", "f.system_id", "=", q.SystemID)
	}
	if f.Category != "" {
		r.cmpReviewed(&w, reviews, "f.system_category", "f.system_category", "=", f.Category)
	}
	if f.Stage != "" {
		r.cmpReviewed(&w, reviews, "f.stage", "f.stage", "=", f.Stage)
	}
	if f.Language != "" {
		w.add("d.language = ?", f.Language)
	}
	if q.DocumentID != "" {
		w.add("f.document_id = ?", q.DocumentID)
	}
	if q.MinID > 0 {
		w.add("f.id > ?", q.MinID)
	}
	if p := q.Party; p != "" {
		hasParty := r.d.HasParty()
		sup, rec := r.rv(reviews, "f.supplier"), r.rv(reviews, "f.recipient")
		if reviews {
			sup, rec = r.rvSupplier(true), rec+" COLLATE NOCASE"
		}
		cond := "(f.supplier = ? OR f.recipient = ? OR f.provider = ? OR f.member = ? OR " + hasParty + ")"
		if reviews && !(plain["$.supplier"] && plain["$.recipient"]) {
			w.needsR = true
			w.add("("+cond+" OR "+r.correctedIDs("$.supplier")+" OR "+r.correctedIDs("$.recipient")+")", p, p, p, p, p)
			w.add("("+sup+" = ? OR "+rec+" = ? OR f.member = ? OR "+hasParty+")", p, p, p, p)
		} else {
			w.add(cond, p, p, p, p, p)
		}
	}
	if s, rc := q.PairSupplier, q.PairRecipient; s != "" && rc != "" {
		hasParty := r.d.HasParty()
		pair := `f.id IN (SELECT f.id FROM facts f WHERE ` + supplierSQL + ` = ? AND f.recipient = ? AND f.type IN ('transfer', 'aggregate', 'assistance'))`
		args := []any{s, rc}
		if reviews && !(plain["$.supplier"] && plain["$.recipient"]) {
			w.needsR = true
			pair = `(` + pair + ` OR ` + r.correctedIDs("$.supplier") + ` OR ` + r.correctedIDs("$.recipient") + `) AND ` +
				r.rvSupplier(true) + ` = ? AND ` + r.rv(true, "f.recipient") + ` = ? COLLATE NOCASE AND f.type IN ('transfer', 'aggregate', 'assistance')`
			args = append(args, s, rc)
		}
		w.add(`((`+pair+`)
			OR (f.type IN ('agreement', 'exercise') AND `+hasParty+` AND `+hasParty+`)
			OR (f.type = 'membership' AND f.member = ?))`, append(args, s, rc, rc)...)
	}
	// f.sort_year is FactYear kept in the row (by the adapters' triggers).
	r.yearsReviewed(&w, reviews, "f.sort_year", f.Since, f.Until)
	w.confidence(f.MinConfidence)
	if strings.TrimSpace(f.Text) != "" {
		fq := r.d.TextQuery(f.Text)
		if fq == "" {
			return w, docs, false
		}
		w.add(r.d.TextMatch(), fq)
	}
	if reviews && !q.IncludeRejected {
		if plain != nil {
			w.add("f.id NOT IN (" + r.rejectedIDs() + ")")
		} else {
			w.add(notRejected)
			w.needsR = true
		}
	}
	return w, docs, true
}

// sortSQL maps domain.SortFields to ORDER BY expressions.
var sortSQL = map[string]string{
	"date":      "d.published", // ordered by d.published, d.seq, f.ordinal (see QueryFacts)
	"year":      "f.sort_year", // FactYear, kept in the row
	"value":     "f.value_usd",
	"quantity":  "f.quantity",
	"supplier":  "COALESCE(f.supplier, f.provider, f.member)",
	"recipient": "f.recipient",
	"system":    "COALESCE(f.system_name, f.system_category)",
	"stage":     "f.stage",
	"type":      "f.type",
	"id":        "f.id",
}

// sortPath is the correction path (setBy) of a sort field whose reviewed
// order differs from the extracted one.
var sortPath = map[string]string{"year": "$.year", "value": "$.value_usd", "quantity": "$.quantity", "recipient": "$.recipient",
	"stage": "$.stage", "supplier": "$.supplier", "system": "$.system"}

// sortReviewed is the reviewed ORDER BY expression of a sort field whose
// extracted expression is expr.
func (r *Register) sortReviewed(field, expr string) string {
	switch field {
	case "year":
		return r.rv(true, "f.sort_year")
	case "value", "quantity", "recipient", "stage":
		return r.rv(true, expr)
	case "supplier":
		return "COALESCE(" + r.corr("$.supplier") + ", f.supplier, f.provider, f.member)"
	case "system":
		return "COALESCE(" + r.rv(true, "f.system_name") + ", " + r.rv(true, "f.system_category") + ")"
	}
	return expr
}

// QueryFacts returns one page of the facts q selects and how many there are
// in all. Unknown sort fields are an error; Limit and Offset work as in
// Facts.
func (r *Register) QueryFacts(ctx context.Context, q domain.FactQuery) (domain.FactPage, error) {
	page := domain.FactPage{Facts: []domain.RegisterFact{}}
	sortField := q.Sort
	if sortField == "" {
		sortField = "date"
	}
	expr, known := sortSQL[sortField]
	if !known {
		return page, fmt.Errorf("%s: query facts: unknown sort %q", r.d.Name(), q.Sort)
	}
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return page, r.errf("query facts", err)
	}
	var plain map[string]bool
	if reviews && UsePlainPaths {
		if plain, err = r.UncorrectedPaths(ctx); err != nil {
			return page, r.errf("query facts", err)
		}
	}
	w, docs, ok := r.registerWherePlain(q, reviews, plain)
	if !ok {
		return page, nil
	}
	// The order is the reviewed one when some review corrects its column.
	sortReviews := reviews && !plain[sortPath[sortField]]
	if sortReviews {
		expr = r.sortReviewed(sortField, expr)
	}
	// Count at most FactCountCap+1 matches: counting a million costs more
	// than the page itself.
	// The reviews are joined to select and sort only when a condition or
	// the order reads a corrected value; else only the page's facts read
	// their reviews.
	join := reviews && (plain == nil || w.needsR || sortReviews)
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1`+r.from(docs, join)+w.sql()+` LIMIT ?) AS m`,
		append(w.args, domain.FactCountCap+1)...).Scan(&page.Total); err != nil {
		return page, r.errf("query facts", err)
	}
	if page.Total > domain.FactCountCap {
		page.Total, page.Capped = domain.FactCountCap, true
	}
	dir := "ASC"
	if q.Desc {
		dir = "DESC"
	}
	var order string
	switch sortField {
	case "id":
		order = "f.id " + dir
	case "year":
		if sortReviews {
			order = expr + " " + dir + " NULLS LAST, f.id " + dir
			break
		}
		if q.Desc {
			// Ties newest fact first: the (filter, sort_year) indexes
			// then hold the order exactly and a page reads its rows only.
			order = "f.sort_year DESC" + r.d.Nulls(true) + ", f.id DESC" // NULLs sort last descending
		} else {
			order = "f.sort_year NULLS LAST, f.id"
		}
	case "date":
		// Documents without a date sort first ascending, last descending:
		// this order can walk the documents_published_seq index.
		order = "d.published " + dir + r.d.Nulls(q.Desc) + ", d.seq " + dir + ", f.ordinal"
	default:
		// Ties in fact order: an index on (filter, sort column) then
		// yields the page sorting at most one group of ties at a time.
		order = expr + " " + dir + " NULLS LAST, f.id"
	}
	lim := limit(q.Limit)
	// When many facts match and the page is near the start, walking the
	// documents newest first finds the page after a few rows, where
	// sorting every match would read them all. The planner cannot know
	// how many match; the count just made does.
	walkDocs := sortField == "date" && page.Total > 5000 && max(q.Offset, 0)+lim <= 1000
	tail := w.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?"
	if reviews && !join && !walkDocs {
		// Select and sort the page without the reviews, then read the
		// page's facts with theirs.
		// The documents are joined only when the conditions or the
		// order read them: an index then often covers the selection.
		tail = " WHERE f.id IN (SELECT f.id" + r.from(docs || sortField == "date", false) + w.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?) ORDER BY " + order
	}
	facts, err := r.queryRegister(ctx, r.db, reviews, walkDocs, tail, append(w.args, lim, max(q.Offset, 0))...)
	if err != nil {
		return page, r.errf("query facts", err)
	}
	page.Facts = append(page.Facts, facts...)
	return page, nil
}

// Fact returns the fact with an id, reviewed, or an error wrapping the
// adapter's ErrNotFound.
func (r *Register) Fact(ctx context.Context, id int64) (domain.RegisterFact, error) {
	what := fmt.Sprintf("fact %d", id)
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return domain.RegisterFact{}, r.errf(what, err)
	}
	facts, err := r.registerFacts(ctx, reviews, " WHERE f.id = ?", id)
	if err != nil {
		return domain.RegisterFact{}, r.errf(what, err)
	}
	if len(facts) == 0 {
		return domain.RegisterFact{}, r.errf(what, r.notFound)
	}
	return facts[0], nil
}

// registerFacts runs a register query (conditions, order and limit in
// tail) and applies the reviews.
func (r *Register) registerFacts(ctx context.Context, reviews bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	return r.queryRegister(ctx, r.db, reviews, false, tail, args...)
}

// Querier is a database or a transaction.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// QueryRegister reads facts with their documents and, when reviews, their
// reviews applied, on db (a database or an adapter's transaction); tail
// holds the conditions (on f, d and r), order and limit.
func (r *Register) QueryRegister(ctx context.Context, db Querier, reviews bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	return r.queryRegister(ctx, db, reviews, false, tail, args...)
}

// queryRegister is QueryRegister; walkDocs makes the documents the outer
// loop (SQLite's CROSS JOIN fixes its join order), to read them in the
// documents_published_seq order.
func (r *Register) queryRegister(ctx context.Context, db Querier, reviews, walkDocs bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	fr := r.from(true, reviews)
	if walkDocs {
		fr = ` FROM documents d ` + r.d.OuterJoin() + ` facts f ON d.id = f.document_id`
		if reviews {
			fr += r.joinReviews()
		}
	}
	rows, err := db.QueryContext(ctx, r.d.Rebind(r.registerColumns(reviews)+fr+tail), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.RegisterFact
	for rows.Next() {
		var (
			rf         domain.RegisterFact
			body       string
			correction sql.NullString
		)
		if err := rows.Scan(&rf.ID, &rf.DocumentID, &rf.Source, &rf.Language, &rf.Published, &body,
			&rf.Ordinal, &rf.Key, &rf.ReviewStatus, &correction); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &rf.Fact); err != nil {
			return nil, fmt.Errorf("fact %d of document %s: %w", rf.ID, rf.DocumentID, err)
		}
		if correction.Valid && rf.ReviewStatus != domain.ReviewRejected {
			var c domain.Correction
			if err := json.Unmarshal([]byte(correction.String), &c); err != nil {
				return nil, fmt.Errorf("fact %d: correction: %w", rf.ID, err)
			}
			c.Apply(&rf.Fact)
		}
		out = append(out, rf)
	}
	return out, rows.Err()
}

// Timeline counts the facts q selects per year (the fact's, else its
// document's) and stage. Facts without a year are left out.
func (r *Register) Timeline(ctx context.Context, q domain.FactQuery) ([]domain.YearCount, error) {
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, r.errf("timeline", err)
	}
	w, _, ok := r.registerWhere(q, reviews)
	if !ok {
		return nil, nil
	}
	year := r.rvYear(reviews)
	w.add(year + " IS NOT NULL")
	rows, err := r.query(ctx, `SELECT `+year+`, COALESCE(lower(`+r.rv(reviews, "f.stage")+`), ''), COUNT(*)`+r.from(true, reviews)+w.sql()+
		` GROUP BY 1, 2 ORDER BY 1, 2`, w.args...)
	if err != nil {
		return nil, r.errf("timeline", err)
	}
	defer rows.Close()
	var out []domain.YearCount
	for rows.Next() {
		var y domain.YearCount
		if err := rows.Scan(&y.Year, &y.Stage, &y.Facts); err != nil {
			return nil, r.errf("timeline", err)
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// Flows sums what each supplier sent each recipient over the transfer and
// aggregate facts q selects, largest value first. Value is counted as Rank
// counts it (totals.go): each deal once, with its resolved value, and per
// pair and year the larger of the item deals and the stated aggregates.
//
// Reviews apply: rejected facts are left out (unless q includes them) and
// corrected suppliers, recipients and values count as corrected.
func (r *Register) Flows(ctx context.Context, q domain.FactQuery) ([]domain.Flow, error) {
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, r.errf("flows", err)
	}
	w, _, ok := r.registerWhere(q, reviews) // the documents are joined anyway, for their near-duplicate group
	if !ok {
		return nil, nil
	}
	sup, rec := r.rv(reviews, "f.supplier"), r.rv(reviews, "f.recipient")
	w.add("f.type IN ('transfer', 'aggregate')")
	w.add(sup + " IS NOT NULL AND " + rec + " IS NOT NULL")
	ctes, err := r.DealTotalsSQL([]string{"upper(" + sup + ")", "upper(" + rec + ")"}, r.rvYear(reviews), "", r.from(true, reviews)+w.sql(), reviews, 0)
	if err != nil {
		return nil, r.errf("flows", err)
	}
	query := `WITH ` + ctes + `
		SELECT p0, p1, SUM(value), CAST(SUM(n) AS BIGINT), CAST(SUM(left_out) AS BIGINT) FROM per_year GROUP BY p0, p1 ORDER BY 3 DESC, 4 DESC, p0, p1`
	rows, err := r.query(ctx, query, w.args...)
	if err != nil {
		return nil, r.errf("flows", err)
	}
	defer rows.Close()
	var out []domain.Flow
	for rows.Next() {
		var fl domain.Flow
		if err := rows.Scan(&fl.Supplier, &fl.Recipient, &fl.ValueUSD, &fl.Facts, &fl.LeftOut); err != nil {
			return nil, r.errf("flows", err)
		}
		out = append(out, fl)
	}
	return out, rows.Err()
}

// RegisterVersion is the counter that every write to documents, facts,
// reviews or the reference register bumps in its own transaction (the
// adapters' register_version triggers).
func (r *Register) RegisterVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := r.queryRow(ctx, `SELECT version FROM register_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, r.errf("register version", err)
	}
	return v, nil
}
