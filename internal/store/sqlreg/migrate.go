package sqlreg

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file copies a register out of and into either database for
// `armswatch migrate` (domain.RegisterExporter, RegisterImporter,
// FeedExporter, FeedImporter), and answers /readyz (domain.Pinger).
// Exports read through the register's pool, one query at a time (the
// caller writes elsewhere between rows); each import is one transaction
// of the adapter's (Hooks.InTx, which resolves the deals of the
// documents it touched) and keyed, so importing again stores nothing.

var (
	_ domain.Pinger           = (*Register)(nil)
	_ domain.RegisterExporter = (*Register)(nil)
	_ domain.RegisterImporter = (*Register)(nil)
	_ domain.FeedExporter     = (*Register)(nil)
	_ domain.FeedImporter     = (*Register)(nil)
)

// Ping reads from the database: a closed store, a server that does not
// answer or a file that cannot be read fails.
func (r *Register) Ping(ctx context.Context) error {
	var n int
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM register_version`).Scan(&n); err != nil {
		return r.errf("ping", err)
	}
	return nil
}

// ExportDocuments yields every document with its facts, in the order they
// were stored.
func (r *Register) ExportDocuments(ctx context.Context, yield func(domain.ExportedDocument) error) error {
	ids, err := collect(ctx, r, `SELECT id FROM documents ORDER BY seq`, func(sc Row) (id string, err error) {
		return id, sc.Scan(&id)
	})
	if err != nil {
		return r.errf("export documents", err)
	}
	for _, id := range ids {
		d, err := r.exportDocument(ctx, id)
		if err != nil {
			return r.errf("export document "+id, err)
		}
		if err := yield(d); err != nil {
			return err
		}
	}
	return nil
}

func (r *Register) exportDocument(ctx context.Context, id string) (domain.ExportedDocument, error) {
	var (
		d       domain.ExportedDocument
		created timeText
		simhash sql.NullInt64
		dup     sql.NullString
	)
	doc, err := r.Document(ctx, id)
	if err != nil {
		return d, err
	}
	d.Document = *doc
	if err := r.queryRow(ctx, `SELECT created_at, simhash, dup_of FROM documents WHERE id = ?`, id).
		Scan(&created, &simhash, &dup); err != nil {
		return d, err
	}
	d.Created, d.SimHash, d.DupOf = created.t, uint64(simhash.Int64), dup.String
	rs, err := r.query(ctx, `SELECT id, ordinal, body FROM facts WHERE document_id = ? ORDER BY ordinal`, id)
	if err != nil {
		return d, err
	}
	defer rs.Close()
	for rs.Next() {
		var (
			f    domain.ExportedFact
			body string
		)
		if err := rs.Scan(&f.ID, &f.Ordinal, &body); err != nil {
			return d, err
		}
		if err := json.Unmarshal([]byte(body), &f.Fact); err != nil {
			return d, fmt.Errorf("fact %d: %w", f.ID, err)
		}
		d.Facts = append(d.Facts, f)
	}
	return d, rs.Err()
}

// jsonText scans a JSON column (text on SQLite, jsonb on PostgreSQL);
// NULL is nil.
type jsonText struct{ v json.RawMessage }

func (j *jsonText) Scan(v any) error {
	switch x := v.(type) {
	case string:
		j.v = json.RawMessage(x)
	case []byte:
		j.v = json.RawMessage(append([]byte(nil), x...))
	case nil:
		j.v = nil
	default:
		return fmt.Errorf("JSON column: unexpected %T", v)
	}
	return nil
}

// ExportReviews yields every review, by document. The rows are read
// before the first yield.
func (r *Register) ExportReviews(ctx context.Context, yield func(domain.ExportedReview) error) error {
	all, err := collect(ctx, r, `SELECT document_id, ordinal, fact_key, status, correction, updated_at, updated_by
		FROM fact_reviews ORDER BY document_id, ordinal, fact_key`,
		func(sc Row) (domain.ExportedReview, error) {
			var (
				x          domain.ExportedReview
				correction jsonText
				at         timeText
			)
			err := sc.Scan(&x.DocumentID, &x.Ordinal, &x.FactKey, &x.Status, &correction, &at, &x.UpdatedBy)
			x.Correction, x.UpdatedAt = correction.v, at.t
			return x, err
		})
	if err != nil {
		return r.errf("export reviews", err)
	}
	return yieldAll(all, yield)
}

// ExportAudit yields the audit trail, oldest first. The rows are read
// before the first yield.
func (r *Register) ExportAudit(ctx context.Context, yield func(domain.ExportedAudit) error) error {
	all, err := collect(ctx, r, `SELECT at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client
		FROM review_audit ORDER BY id`,
		func(sc Row) (domain.ExportedAudit, error) {
			var (
				a          domain.ExportedAudit
				at         timeText
				correction jsonText
			)
			err := sc.Scan(&at, &a.Who, &a.Action, &a.FactID, &a.DocumentID, &a.Ordinal, &a.FactKey, &correction, &a.Note, &a.Client)
			a.At, a.Correction = at.t, correction.v
			return a, err
		})
	if err != nil {
		return r.errf("export audit", err)
	}
	return yieldAll(all, yield)
}

// collect reads every row of q with scan.
func collect[T any](ctx context.Context, r *Register, q string, scan func(Row) (T, error), args ...any) ([]T, error) {
	rs, err := r.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []T
	for rs.Next() {
		v, err := scan(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rs.Err()
}

func yieldAll[T any](all []T, yield func(T) error) error {
	for _, v := range all {
		if err := yield(v); err != nil {
			return err
		}
	}
	return nil
}

// importFactRows is how many facts one INSERT of ImportDocument writes
// (PostgreSQL takes at most 65535 parameters a statement).
const importFactRows = 100

// ImportDocument stores d with its facts at their ordinals, in one
// transaction, unless its id is stored already, and returns the stored
// document's fact ids by ordinal.
func (r *Register) ImportDocument(ctx context.Context, d domain.ExportedDocument) (bool, map[int]int64, error) {
	doc := &d.Document
	if doc.ID == "" {
		return false, nil, r.errf("import document", errors.New("empty id"))
	}
	vals := make([][]any, len(d.Facts))
	for i := range d.Facts {
		v, err := rows.Fact(doc.ID, d.Facts[i].Ordinal, &d.Facts[i].Fact)
		if err != nil {
			return false, nil, r.errf(fmt.Sprintf("import document %s: fact %d", doc.ID, d.Facts[i].Ordinal), err)
		}
		vals[i] = v
	}
	created := d.Created
	if created.IsZero() {
		created = time.Now()
	}
	var simhash, dup any
	if d.SimHash != 0 {
		simhash = int64(d.SimHash)
	}
	if d.DupOf != "" {
		dup = d.DupOf
	}
	var (
		stored bool
		ids    map[int]int64
	)
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var one int
		cols, marks := "", ""
		args := []any{doc.ID, doc.Source, nullStr(doc.Title), nullStr(doc.Site), doc.Language, nullStr(doc.Published),
			fmtTime(doc.Fetched), nullStr(doc.Format), doc.Text, r.d.CreatedAt(created), simhash, dup}
		if r.d.FTSTerms() {
			cols, marks = ", fts_terms", ", ?"
			args = append(args, nullStr(rows.FTSTerms(doc.Text)))
		}
		err := tx.QueryRow(ctx, r.d.Rebind(`INSERT INTO documents
			(id, seq, source, title, site, language, published, fetched_at, format, text, created_at, simhash, dup_of`+cols+`)
			VALUES (?, `+r.d.NextSeq()+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?`+marks+`)
			ON CONFLICT (id) DO NOTHING RETURNING 1`), args...).Scan(&one)
		switch {
		case errors.Is(err, sql.ErrNoRows): // stored already
		case err != nil:
			return nil, err
		default:
			stored = true
			if err := SavePassages(ctx, r.d, tx, doc.ID, doc.Text); err != nil {
				return nil, err
			}
			for len(vals) > 0 {
				n := min(len(vals), importFactRows)
				row := `(` + rows.FactPlaceholders(false) + `)`
				q := `INSERT INTO facts (` + rows.FactColumns + `) VALUES ` + strings.Repeat(row+`, `, n-1) + row
				var args []any
				for _, v := range vals[:n] {
					args = append(args, v...)
				}
				if err := tx.Exec(ctx, r.d.Rebind(q), args...); err != nil {
					return nil, fmt.Errorf("facts: %w", err)
				}
				vals = vals[n:]
			}
		}
		if ids, err = factIDs(ctx, r.d, tx, doc.ID); err != nil {
			return nil, err
		}
		if !stored {
			return nil, nil
		}
		return []string{doc.ID}, nil
	})
	if err != nil {
		return false, nil, r.errf("import document "+doc.ID, err)
	}
	return stored, ids, nil
}

// factIDs maps the ordinals of a document's facts to their ids.
func factIDs(ctx context.Context, d Dialect, tx Tx, docID string) (map[int]int64, error) {
	rs, err := tx.Query(ctx, d.Rebind(`SELECT ordinal, id FROM facts WHERE document_id = ?`), docID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[int]int64{}
	for rs.Next() {
		var (
			o  int
			id int64
		)
		if err := rs.Scan(&o, &id); err != nil {
			return nil, err
		}
		out[o] = id
	}
	return out, rs.Err()
}

// jsonArg is a JSON value as a statement's argument: NULL when nil.
func jsonArg(v json.RawMessage) any {
	if v == nil {
		return nil
	}
	return string(v)
}

// ImportReviews stores the reviews of document documentID that are not
// stored yet and resolves its facts' deals again (a review changes them),
// in one transaction.
func (r *Register) ImportReviews(ctx context.Context, documentID string, rs []domain.ExportedReview) (int, error) {
	n := 0
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		n = 0
		for _, rv := range rs {
			var one int
			err := tx.QueryRow(ctx, r.d.Rebind(`INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, ordinal, fact_key) DO NOTHING RETURNING 1`),
				documentID, rv.Ordinal, rv.FactKey, rv.Status, jsonArg(rv.Correction), r.d.Time(rv.UpdatedAt), rv.UpdatedBy).Scan(&one)
			switch {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				return nil, fmt.Errorf("review of %s/%d: %w", documentID, rv.Ordinal, err)
			default:
				n++
			}
		}
		if n == 0 {
			return nil, nil
		}
		return []string{documentID}, nil
	})
	if err != nil {
		return 0, r.errf("import reviews of "+documentID, err)
	}
	return n, nil
}

// ImportAudit stores an audit line unless an identical one (same time,
// reviewer, action and fact) is there, in one transaction.
func (r *Register) ImportAudit(ctx context.Context, a domain.ExportedAudit) (bool, error) {
	created := false
	at := r.d.Time(a.At)
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var n int
		if err := tx.QueryRow(ctx, r.d.Rebind(`SELECT COUNT(*) FROM review_audit
			WHERE at = ? AND who = ? AND action = ? AND document_id = ? AND ordinal = ? AND fact_key = ?`),
			at, a.Who, a.Action, a.DocumentID, a.Ordinal, a.FactKey).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			return nil, nil
		}
		created = true
		return nil, tx.Exec(ctx, r.d.Rebind(`INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			at, a.Who, a.Action, a.FactID, a.DocumentID, a.Ordinal, a.FactKey, jsonArg(a.Correction), a.Note, a.Client)
	})
	if err != nil {
		return false, r.errf("import audit", err)
	}
	return created, nil
}

// ExportFeeds yields every feed with its items.
func (r *Register) ExportFeeds(ctx context.Context, yield func(domain.ExportedFeed) error) error {
	list, err := r.Feeds(ctx)
	if err != nil {
		return err
	}
	for _, f := range list {
		ef := domain.ExportedFeed{Feed: f}
		ef.Items, err = collect(ctx, r, `SELECT key, link, title, published, seen_at, document_id, error, attempts
			FROM feed_items WHERE feed_id = ? ORDER BY seen_at, key`,
			func(sc Row) (domain.ExportedFeedItem, error) {
				var (
					it                                      domain.ExportedFeedItem
					link, title, published, doc, errs, seen sql.NullString
				)
				err := sc.Scan(&it.Key, &link, &title, &published, &seen, &doc, &errs, &it.Attempts)
				it.FeedID, it.Link, it.Title, it.DocumentID, it.Error = f.ID, link.String, title.String, doc.String, errs.String
				it.Published, it.SeenAt = parseTime(published), parseTime(seen)
				return it, err
			}, f.ID)
		if err != nil {
			return r.errf(fmt.Sprintf("export feed %d", f.ID), err)
		}
		if err := yield(ef); err != nil {
			return err
		}
	}
	return nil
}

// ImportFeed stores a feed, keyed by URL, with its polling state when it
// is new, and the items it lacks, in one transaction.
func (r *Register) ImportFeed(ctx context.Context, ef domain.ExportedFeed) (bool, int, error) {
	f := ef.Feed
	if f.URL == "" {
		return false, 0, r.errf("import feed", errors.New("empty URL"))
	}
	added := f.Added
	if added.IsZero() {
		added = time.Now()
	}
	var (
		created bool
		items   int
	)
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		created, items = false, 0
		var id int64
		err := tx.QueryRow(ctx, r.d.Rebind(`INSERT INTO feeds (url, title, added_at, etag, last_modified, last_polled, last_ok, last_error, failures, next_poll)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING RETURNING id`),
			f.URL, nullStr(f.Title), fmtTime(added), nullStr(f.ETag), nullStr(f.LastModified), fmtTime(f.LastPolled), fmtTime(f.LastOK),
			nullStr(f.LastError), f.Failures, fmtTime(f.NextPoll)).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if err := tx.QueryRow(ctx, r.d.Rebind(`SELECT id FROM feeds WHERE url = ?`), f.URL).Scan(&id); err != nil {
				return nil, err
			}
		case err != nil:
			return nil, err
		default:
			created = true
		}
		for _, it := range ef.Items {
			seen := it.SeenAt
			if seen.IsZero() {
				seen = time.Now()
			}
			var one int
			err := tx.QueryRow(ctx, r.d.Rebind(`INSERT INTO feed_items (feed_id, key, link, title, published, seen_at, document_id, error, attempts)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, key) DO NOTHING RETURNING 1`),
				id, it.Key, nullStr(it.Link), nullStr(it.Title), fmtTime(it.Published), fmtTime(seen), nullStr(it.DocumentID),
				nullStr(it.Error), max(it.Attempts, 1)).Scan(&one)
			switch {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				return nil, fmt.Errorf("item %s: %w", it.Key, err)
			default:
				items++
			}
		}
		return nil, nil
	})
	if err != nil {
		return false, 0, r.errf("import feed "+f.URL, err)
	}
	return created, items, nil
}
