package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/armswatch/armswatch/internal/money"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file implements domain.Register: what the web register reads and
// writes beyond domain.Store (paged and sorted queries, aggregates, reviews
// and watchlists).

var _ domain.Register = (*Store)(nil)

// factKeySQL is a fact's key: its type and key fields as extracted, lower
// case. Reviews are keyed by (document id, ordinal, key), which survives
// deleting and re-ingesting a document.
const factKeySQL = `lower(f.type || '|' || COALESCE(f.supplier, f.provider, f.member, '') || '|' ||
	COALESCE(f.recipient, '') || '|' || COALESCE(f.system_id, f.system_name, f.system_category, '') || '|' ||
	COALESCE(f.program, f.organization, f.name, '') || '|' || COALESCE(f.parties, ''))`

const joinDocuments = ` JOIN documents d ON d.id = f.document_id`

// joinReviews joins each fact's review. The key is compared with a unary
// plus: the join then seeks reviews by (document, ordinal) only and
// computes the fact's key only for the few facts that have a review there,
// not for every fact an aggregate reads (3-4 times faster on a register
// with reviews).
const joinReviews = ` LEFT JOIN fact_reviews r ON r.document_id = f.document_id AND r.ordinal = f.ordinal AND +r.fact_key = ` + factKeySQL

// from is the FROM clause of a register query: facts, their documents when
// docs, their reviews when reviews.
func from(docs, reviews bool) string {
	f := ` FROM facts f`
	if docs {
		f += joinDocuments
	}
	if reviews {
		f += joinReviews
	}
	return f
}

// registerColumns are what registerFacts scans; without the reviews join
// the review columns are empty.
func registerColumns(reviews bool) string {
	c := `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body,
	f.ordinal, ` + factKeySQL
	if reviews {
		return c + `, COALESCE(r.status, ''), r.correction`
	}
	return c + `, '', NULL`
}

// hasReviews reports whether any fact has been reviewed. Queries skip the
// reviews join (and its per-row key) when none has.
func (s *Store) hasReviews(ctx context.Context) (bool, error) {
	var b bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM fact_reviews)`).Scan(&b)
	return b, err
}

// supplierSQL is the party on the giving side: the supplier of a transfer
// or aggregate, the provider of assistance. An index on it (002_web.sql)
// serves the register's most common filters.
const supplierSQL = `COALESCE(f.supplier, f.provider) COLLATE NOCASE`

// hasParty is the condition "the JSON array f.parties holds ?".
const hasParty = `EXISTS (SELECT 1 FROM json_each(f.parties) WHERE json_each.value = ? COLLATE NOCASE)`

// registerWhere builds the conditions of q. docs says whether they refer
// to the documents table; reviews whether the reviews are joined (there
// are reviews): the conditions then apply to the reviewed values
// (reviewed.go), and rejected facts are left out unless q includes them.
// ok is false when q cannot match anything (a text search with nothing
// searchable in it).
func registerWhere(q domain.FactQuery, reviews bool) (w where, docs, ok bool) {
	return registerWherePlain(q, reviews, nil)
}

// registerWherePlain is registerWhere knowing which correction paths no
// review sets (uncorrectedPaths): the conditions on those columns are
// the columns' own.
func registerWherePlain(q domain.FactQuery, reviews bool, plain map[string]bool) (w where, docs, ok bool) {
	w.plain = plain
	f := q.Filter
	docs = f.Language != "" || strings.TrimSpace(f.Text) != ""
	if f.Type != "" {
		w.add("f.type = ?", f.Type)
	}
	if f.Supplier != "" {
		w.cmpReviewed(reviews, supplierSQL, "f.supplier", "=", f.Supplier)
	}
	if len(f.Suppliers) > 0 {
		w.inReviewed(reviews, supplierSQL, "f.supplier", f.Suppliers)
	}
	if f.Recipient != "" {
		w.cmpReviewed(reviews, "f.recipient", "f.recipient", "=", f.Recipient)
	}
	if len(f.Countries) > 0 {
		w.inReviewed(reviews, "f.recipient", "f.recipient", f.Countries)
	}
	if sys := strings.TrimSpace(f.System); sys != "" {
		// The distinct term lists are few (004_register_indexes.sql keeps
		// them): match the substring there, then find the facts by index.
		cond := "f.system_terms IN (SELECT terms FROM fact_system_terms WHERE instr(terms, ?) > 0)"
		if reviews && !plain["$.system"] {
			w.needsR = true
			// A corrected system is matched by its id and name.
			w.add(`(CASE WHEN json_type(r.correction, '$.system') IS NOT NULL
				THEN instr(lower(COALESCE(json_extract(r.correction, '$.system.id'), '') || char(10) || COALESCE(json_extract(r.correction, '$.system.name'), '')), ?) > 0
				ELSE `+cond+` END)`, strings.ToLower(sys), strings.ToLower(sys))
		} else {
			w.add(cond, strings.ToLower(sys))
		}
	}
	if q.SystemID != "" {
		w.cmpReviewed(reviews, "f.system_id", "f.system_id", "=", q.SystemID)
	}
	if f.Category != "" {
		w.cmpReviewed(reviews, "f.system_category", "f.system_category", "=", f.Category)
	}
	if f.Stage != "" {
		w.cmpReviewed(reviews, "f.stage", "f.stage", "=", f.Stage)
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
		sup, rec := rv(reviews, "f.supplier"), rv(reviews, "f.recipient")
		if reviews {
			sup, rec = rvSupplier(true), rec+" COLLATE NOCASE"
		}
		cond := "(f.supplier = ? OR f.recipient = ? OR f.provider = ? OR f.member = ? OR " + hasParty + ")"
		if reviews && !(plain["$.supplier"] && plain["$.recipient"]) {
			w.needsR = true
			w.add("("+cond+" OR "+correctedIDs("$.supplier")+" OR "+correctedIDs("$.recipient")+")", p, p, p, p, p)
			w.add("("+sup+" = ? OR "+rec+" = ? OR f.member = ? OR "+hasParty+")", p, p, p, p)
		} else {
			w.add(cond, p, p, p, p, p)
		}
	}
	if s, r := q.PairSupplier, q.PairRecipient; s != "" && r != "" {
		pair := `f.id IN (SELECT f.id FROM facts f WHERE ` + supplierSQL + ` = ? AND f.recipient = ? AND f.type IN ('transfer', 'aggregate', 'assistance'))`
		args := []any{s, r}
		if reviews && !(plain["$.supplier"] && plain["$.recipient"]) {
			w.needsR = true
			pair = `(` + pair + ` OR ` + correctedIDs("$.supplier") + ` OR ` + correctedIDs("$.recipient") + `) AND ` +
				rvSupplier(true) + ` = ? AND ` + rv(true, "f.recipient") + ` = ? COLLATE NOCASE AND f.type IN ('transfer', 'aggregate', 'assistance')`
			args = append(args, s, r)
		}
		w.add(`((`+pair+`)
			OR (f.type IN ('agreement', 'exercise') AND `+hasParty+` AND `+hasParty+`)
			OR (f.type = 'membership' AND f.member = ?))`, append(args, s, r, r)...)
	}
	// f.sort_year is factYear kept in the row (004_register_indexes.sql).
	w.yearsReviewed(reviews, "f.sort_year", f.Since, f.Until)
	w.confidence(f.MinConfidence)
	if strings.TrimSpace(f.Text) != "" {
		fq := ftsQuery(f.Text)
		if fq == "" {
			return w, docs, false
		}
		w.add("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", fq)
	}
	if reviews && !q.IncludeRejected {
		if plain != nil {
			w.add("f.id NOT IN (" + rejectedIDs + ")")
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
	"year":      "f.sort_year", // factYear, kept in the row
	"value":     "f.value_usd",
	"quantity":  "f.quantity",
	"supplier":  "COALESCE(f.supplier, f.provider, f.member)",
	"recipient": "f.recipient",
	"system":    "COALESCE(f.system_name, f.system_category)",
	"stage":     "f.stage",
	"type":      "f.type",
	"id":        "f.id",
}

// usePlainPaths lets QueryFacts use uncorrectedPaths (tests compare with
// the fully reviewed conditions).
var usePlainPaths = true

// sortPath is the correction path (setBy) of a sort field whose reviewed
// order differs from the extracted one.
var sortPath = map[string]string{"year": "$.year", "value": "$.value_usd", "quantity": "$.quantity", "recipient": "$.recipient",
	"stage": "$.stage", "supplier": "$.supplier", "system": "$.system"}

// sortReviewed is the reviewed ORDER BY expression of a sort field whose
// extracted expression is expr.
func sortReviewed(field, expr string) string {
	switch field {
	case "year":
		return rv(true, "f.sort_year")
	case "value", "quantity", "recipient", "stage":
		return rv(true, expr)
	case "supplier":
		return "COALESCE(json_extract(r.correction, '$.supplier'), f.supplier, f.provider, f.member)"
	case "system":
		return "COALESCE(" + rv(true, "f.system_name") + ", " + rv(true, "f.system_category") + ")"
	}
	return expr
}

// QueryFacts returns one page of the facts q selects and how many there are
// in all. Unknown sort fields are an error; Limit and Offset work as in
// Facts.
func (s *Store) QueryFacts(ctx context.Context, q domain.FactQuery) (domain.FactPage, error) {
	page := domain.FactPage{Facts: []domain.RegisterFact{}}
	sortField := q.Sort
	if sortField == "" {
		sortField = "date"
	}
	expr, known := sortSQL[sortField]
	if !known {
		return page, fmt.Errorf("sqlite: query facts: unknown sort %q", q.Sort)
	}
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return page, fmt.Errorf("sqlite: query facts: %w", err)
	}
	var plain map[string]bool
	if reviews && usePlainPaths {
		if plain, err = s.uncorrectedPaths(ctx); err != nil {
			return page, fmt.Errorf("sqlite: query facts: %w", err)
		}
	}
	w, docs, ok := registerWherePlain(q, reviews, plain)
	if !ok {
		return page, nil
	}
	// The order is the reviewed one when some review corrects its column.
	sortReviews := reviews && !plain[sortPath[sortField]]
	if sortReviews {
		expr = sortReviewed(sortField, expr)
	}
	// Count at most FactCountCap+1 matches: counting a million costs more
	// than the page itself.
	// The reviews are joined to select and sort only when a condition or
	// the order reads a corrected value; else only the page's facts read
	// their reviews.
	join := reviews && (plain == nil || w.needsR || sortReviews)
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1`+from(docs, join)+w.sql()+` LIMIT ?)`,
		append(w.args, domain.FactCountCap+1)...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("sqlite: query facts: %w", err)
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
			order = "f.sort_year DESC, f.id DESC" // NULLs sort last descending
		} else {
			order = "f.sort_year NULLS LAST, f.id"
		}
	case "date":
		// Documents without a date sort first ascending, last descending:
		// this order can walk the documents_published_seq index.
		order = "d.published " + dir + ", d.seq " + dir + ", f.ordinal"
	default:
		// Ties in fact order: an index on (filter, sort column) then
		// yields the page sorting at most one group of ties at a time.
		order = expr + " " + dir + " NULLS LAST, f.id"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	// When many facts match and the page is near the start, walking the
	// documents newest first finds the page after a few rows, where
	// sorting every match would read them all. The planner cannot know
	// how many match; the count just made does.
	walkDocs := sortField == "date" && page.Total > 5000 && max(q.Offset, 0)+limit <= 1000
	tail := w.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?"
	if reviews && !join && !walkDocs {
		// Select and sort the page without the reviews, then read the
		// page's facts with theirs.
		// The documents are joined only when the conditions or the
		// order read them: an index then often covers the selection.
		tail = " WHERE f.id IN (SELECT f.id" + from(docs || sortField == "date", false) + w.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?) ORDER BY " + order
	}
	facts, err := s.queryRegister(ctx, reviews, walkDocs, tail, append(w.args, limit, max(q.Offset, 0))...)
	if err != nil {
		return page, fmt.Errorf("sqlite: query facts: %w", err)
	}
	page.Facts = append(page.Facts, facts...)
	return page, nil
}

// Fact returns the fact with an id, reviewed, or an error wrapping
// ErrNotFound.
func (s *Store) Fact(ctx context.Context, id int64) (domain.RegisterFact, error) {
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: fact %d: %w", id, err)
	}
	facts, err := s.registerFacts(ctx, reviews, " WHERE f.id = ?", id)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: fact %d: %w", id, err)
	}
	if len(facts) == 0 {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: fact %d: %w", id, ErrNotFound)
	}
	return facts[0], nil
}

// registerFacts runs a register query (conditions, order and limit in
// tail) and applies the reviews.
func (s *Store) registerFacts(ctx context.Context, reviews bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	return s.queryRegister(ctx, reviews, false, tail, args...)
}

// queryRegister is registerFacts; walkDocs makes the documents the outer
// loop (CROSS JOIN fixes SQLite's join order), to read them in the
// documents_published_seq order.
func (s *Store) queryRegister(ctx context.Context, reviews, walkDocs bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	return queryRegisterOn(ctx, s.db, reviews, walkDocs, tail, args...)
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queryRegisterOn is queryRegister on db (a transaction, for writers).
func queryRegisterOn(ctx context.Context, db querier, reviews, walkDocs bool, tail string, args ...any) ([]domain.RegisterFact, error) {
	fr := from(true, reviews)
	if walkDocs {
		fr = ` FROM documents d CROSS JOIN facts f ON d.id = f.document_id`
		if reviews {
			fr += joinReviews
		}
	}
	rows, err := db.QueryContext(ctx, registerColumns(reviews)+fr+tail, args...)
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
func (s *Store) Timeline(ctx context.Context, q domain.FactQuery) ([]domain.YearCount, error) {
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	w, _, ok := registerWhere(q, reviews)
	if !ok {
		return nil, nil
	}
	year := rvYear(reviews)
	w.add(year + " IS NOT NULL")
	rows, err := s.db.QueryContext(ctx, `SELECT `+year+`, COALESCE(lower(`+rv(reviews, "f.stage")+`), ''), COUNT(*)`+from(true, reviews)+w.sql()+
		` GROUP BY 1, 2 ORDER BY 1, 2`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	defer rows.Close()
	var out []domain.YearCount
	for rows.Next() {
		var y domain.YearCount
		if err := rows.Scan(&y.Year, &y.Stage, &y.Facts); err != nil {
			return nil, fmt.Errorf("sqlite: timeline: %w", err)
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
func (s *Store) Flows(ctx context.Context, q domain.FactQuery) ([]domain.Flow, error) {
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: flows: %w", err)
	}
	w, _, ok := registerWhere(q, reviews) // the documents are joined anyway, for their near-duplicate group
	if !ok {
		return nil, nil
	}
	sup, rec := rv(reviews, "f.supplier"), rv(reviews, "f.recipient")
	w.add("f.type IN ('transfer', 'aggregate')")
	w.add(sup + " IS NOT NULL AND " + rec + " IS NOT NULL")
	ctes, err := dealTotalsSQL([]string{"upper(" + sup + ")", "upper(" + rec + ")"}, rvYear(reviews), "", from(true, reviews)+w.sql(), reviews, 0)
	if err != nil {
		return nil, fmt.Errorf("sqlite: flows: %w", err)
	}
	query := `WITH ` + ctes + `
		SELECT p0, p1, SUM(value), SUM(n), SUM(left_out) FROM per_year GROUP BY p0, p1 ORDER BY 3 DESC, 4 DESC, p0, p1`
	rows, err := s.db.QueryContext(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: flows: %w", err)
	}
	defer rows.Close()
	var out []domain.Flow
	for rows.Next() {
		var fl domain.Flow
		if err := rows.Scan(&fl.Supplier, &fl.Recipient, &fl.ValueUSD, &fl.Facts, &fl.LeftOut); err != nil {
			return nil, fmt.Errorf("sqlite: flows: %w", err)
		}
		out = append(out, fl)
	}
	return out, rows.Err()
}

// Search is SearchDocuments with the documents' languages, as domain types.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]domain.SearchHit, error) {
	hits, langs, err := s.searchDocuments(ctx, q, limit)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	out := make([]domain.SearchHit, 0, len(hits))
	for i, h := range hits {
		out = append(out, domain.SearchHit{ID: h.ID, Source: h.Source, Title: h.Title, Language: langs[i], Snippet: h.Snippet})
	}
	return out, nil
}

// ReviewFact records a reviewer's decision on a fact: it becomes the fact's
// current review and a line of the audit trail, in one transaction. A
// correction stays until another correction replaces it; confirming or
// rejecting keeps it.
func (s *Store) ReviewFact(ctx context.Context, in domain.ReviewInput) (domain.Review, error) {
	switch in.Action {
	case domain.ReviewConfirmed, domain.ReviewRejected:
	case domain.ReviewCorrected:
		if in.Correction.IsZero() {
			return domain.Review{}, errors.New("sqlite: review: a correction corrects nothing")
		}
	default:
		return domain.Review{}, fmt.Errorf("sqlite: review: unknown action %q", in.Action)
	}
	rv := domain.Review{At: time.Now().UTC(), Who: in.Who, Action: in.Action, FactID: in.FactID,
		Correction: in.Correction, Note: in.Note, Client: in.Client}
	var correction any
	if in.Action == domain.ReviewCorrected {
		b, err := json.Marshal(in.Correction)
		if err != nil {
			return domain.Review{}, err
		}
		correction = string(b)
	} else {
		rv.Correction = nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	defer tx.Rollback()
	var body string
	err = tx.QueryRowContext(ctx, `SELECT f.document_id, f.ordinal, `+factKeySQL+`, f.body FROM facts f WHERE f.id = ?`, in.FactID).
		Scan(&rv.DocumentID, &rv.Ordinal, &rv.FactKey, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Review{}, fmt.Errorf("sqlite: review: fact %d: %w", in.FactID, ErrNotFound)
	}
	if err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	if correction != nil {
		// A corrected amount or currency gets its USD value now, so that
		// readers find every corrected attribute in the correction.
		var f domain.Fact
		if err := json.Unmarshal([]byte(body), &f); err != nil {
			return domain.Review{}, fmt.Errorf("sqlite: review: fact %d: %w", in.FactID, err)
		}
		c := *in.Correction
		c.Normalize(&f, money.ToUSDOrLatest)
		rv.Correction = &c
		b, err := json.Marshal(&c)
		if err != nil {
			return domain.Review{}, err
		}
		correction = string(b)
	}
	at := rv.At.Format(time.RFC3339Nano)
	if _, err := tx.ExecContext(ctx, `INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (document_id, ordinal, fact_key) DO UPDATE SET
			status = excluded.status,
			correction = COALESCE(excluded.correction, fact_reviews.correction),
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		rv.DocumentID, rv.Ordinal, rv.FactKey, in.Action, correction, at, in.Who); err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		at, in.Who, in.Action, in.FactID, rv.DocumentID, rv.Ordinal, rv.FactKey, correction, in.Note, in.Client)
	if err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	if rv.ID, err = res.LastInsertId(); err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	// A corrected party, system, year or value, or a rejection, moves
	// the fact between deals or changes their values.
	if err := s.assignDeals(ctx, tx, []string{rv.DocumentID}, nil); err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: assign deals: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return domain.Review{}, fmt.Errorf("sqlite: review: %w", err)
	}
	return rv, nil
}

// Reviews is the audit trail of a fact (of its key in its document, so it
// includes reviews made before the document was re-ingested), newest first.
// factID 0 lists the whole trail.
func (s *Store) Reviews(ctx context.Context, factID int64, limit int) ([]domain.Review, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	query := `SELECT a.id, a.at, a.who, a.action, a.fact_id, a.document_id, a.ordinal, a.fact_key, a.correction, a.note, a.client
		FROM review_audit a`
	args := []any{}
	if factID != 0 {
		query += ` JOIN facts f ON f.id = ? AND a.document_id = f.document_id AND a.ordinal = f.ordinal AND a.fact_key = ` + factKeySQL
		args = append(args, factID)
	}
	query += ` ORDER BY a.id DESC LIMIT ?`
	rows, err := s.db.QueryContext(ctx, query, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reviews: %w", err)
	}
	defer rows.Close()
	var out []domain.Review
	for rows.Next() {
		var (
			r          domain.Review
			at         string
			correction sql.NullString
		)
		if err := rows.Scan(&r.ID, &at, &r.Who, &r.Action, &r.FactID, &r.DocumentID, &r.Ordinal, &r.FactKey, &correction, &r.Note, &r.Client); err != nil {
			return nil, fmt.Errorf("sqlite: reviews: %w", err)
		}
		r.At, _ = time.Parse(time.RFC3339Nano, at)
		if correction.Valid {
			r.Correction = &domain.Correction{}
			if err := json.Unmarshal([]byte(correction.String), r.Correction); err != nil {
				return nil, fmt.Errorf("sqlite: reviews: %w", err)
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SaveWatchlist creates w (giving it a random id when it has none) or
// replaces the watchlist with its id.
func (s *Store) SaveWatchlist(ctx context.Context, w *domain.Watchlist) error {
	if w.ID == "" {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		w.ID = hex.EncodeToString(b)
	}
	if w.Created.IsZero() {
		w.Created = time.Now().UTC()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO watchlists (id, name, query, webhook, created_at, last_fact, last_error)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query, webhook = excluded.webhook`,
		w.ID, w.Name, w.Query, w.Webhook, w.Created.Format(time.RFC3339Nano), w.LastFact, w.LastError)
	if err != nil {
		return fmt.Errorf("sqlite: save watchlist: %w", err)
	}
	return nil
}

const watchlistColumns = `SELECT id, name, query, webhook, created_at, last_fact, last_error FROM watchlists`

func scanWatchlist(sc interface{ Scan(...any) error }) (domain.Watchlist, error) {
	var (
		w  domain.Watchlist
		at string
	)
	if err := sc.Scan(&w.ID, &w.Name, &w.Query, &w.Webhook, &at, &w.LastFact, &w.LastError); err != nil {
		return w, err
	}
	w.Created, _ = time.Parse(time.RFC3339Nano, at)
	return w, nil
}

// Watchlist returns a watchlist by id, or an error wrapping ErrNotFound.
func (s *Store) Watchlist(ctx context.Context, id string) (domain.Watchlist, error) {
	w, err := scanWatchlist(s.db.QueryRowContext(ctx, watchlistColumns+` WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return w, fmt.Errorf("sqlite: watchlist %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return w, fmt.Errorf("sqlite: watchlist %q: %w", id, err)
	}
	return w, nil
}

// Watchlists lists all watchlists, oldest first.
func (s *Store) Watchlists(ctx context.Context) ([]domain.Watchlist, error) {
	rows, err := s.db.QueryContext(ctx, watchlistColumns+` ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: watchlists: %w", err)
	}
	defer rows.Close()
	out := []domain.Watchlist{}
	for rows.Next() {
		w, err := scanWatchlist(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: watchlists: %w", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// DeleteWatchlist deletes a watchlist; deleting a missing one is an error
// wrapping ErrNotFound.
func (s *Store) DeleteWatchlist(ctx context.Context, id string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM watchlists WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite: delete watchlist: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite: watchlist %q: %w", id, ErrNotFound)
	}
	return nil
}

// MarkWatchlist records the last fact delivered to a watchlist's webhook and
// the last delivery error ("" when it succeeded).
func (s *Store) MarkWatchlist(ctx context.Context, id string, lastFact int64, lastError string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE watchlists SET last_fact = MAX(last_fact, ?), last_error = ? WHERE id = ?`,
		lastFact, lastError, id); err != nil {
		return fmt.Errorf("sqlite: mark watchlist: %w", err)
	}
	return nil
}

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

var _ domain.VersionedRegister = (*Store)(nil)

// RegisterVersion is the counter that every write to documents, facts,
// reviews or the reference register bumps in its own transaction
// (triggers of 005_register_version.sql).
func (s *Store) RegisterVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM register_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: register version: %w", err)
	}
	return v, nil
}
