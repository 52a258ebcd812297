package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file copies a register out of and into SQLite for `armswatch
// migrate` (domain.RegisterExporter, RegisterImporter, FeedExporter,
// FeedImporter), and answers /readyz (domain.Pinger).

var (
	_ domain.Pinger           = (*Store)(nil)
	_ domain.RegisterExporter = (*Store)(nil)
	_ domain.RegisterImporter = (*Store)(nil)
	_ domain.FeedExporter     = (*Store)(nil)
	_ domain.FeedImporter     = (*Store)(nil)
)

// Ping reads from the database (a closed store, or a file that cannot be
// read, fails).
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, `SELECT 1 FROM register_version LIMIT 1`).Scan(&one); err != nil {
		return fmt.Errorf("sqlite: ping %q: %w", s.path, err)
	}
	return nil
}

// ExportDocuments yields every document with its facts, in the order they
// were stored. One query at a time: the caller may write to another
// database (or this one's pool) between documents.
func (s *Store) ExportDocuments(ctx context.Context, yield func(domain.ExportedDocument) error) error {
	ids, err := s.queryStrings(ctx, `SELECT id FROM documents ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("sqlite: export documents: %w", err)
	}
	for _, id := range ids {
		d, err := s.exportDocument(ctx, id)
		if err != nil {
			return fmt.Errorf("sqlite: export document %s: %w", id, err)
		}
		if err := yield(d); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) queryStrings(ctx context.Context, q string, args ...any) ([]string, error) {
	rs, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var v string
		if err := rs.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rs.Err()
}

func (s *Store) exportDocument(ctx context.Context, id string) (domain.ExportedDocument, error) {
	var (
		d       domain.ExportedDocument
		created sql.NullString
		simhash sql.NullInt64
		dup     sql.NullString
	)
	doc, err := s.Document(ctx, id)
	if err != nil {
		return d, err
	}
	d.Document = *doc
	if err := s.db.QueryRowContext(ctx, `SELECT created_at, simhash, dup_of FROM documents WHERE id = ?`, id).
		Scan(&created, &simhash, &dup); err != nil {
		return d, err
	}
	d.Created = rows.ParseTime(created)
	d.SimHash, d.DupOf = uint64(simhash.Int64), dup.String
	rs, err := s.db.QueryContext(ctx, `SELECT id, ordinal, body FROM facts WHERE document_id = ? ORDER BY ordinal`, id)
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

// ExportReviews yields every review, by document.
func (s *Store) ExportReviews(ctx context.Context, yield func(domain.ExportedReview) error) error {
	rs, err := s.db.QueryContext(ctx, `SELECT document_id, ordinal, fact_key, status, correction, updated_at, updated_by
		FROM fact_reviews ORDER BY document_id, ordinal, fact_key`)
	if err != nil {
		return fmt.Errorf("sqlite: export reviews: %w", err)
	}
	var all []domain.ExportedReview
	for rs.Next() {
		var (
			r          domain.ExportedReview
			correction sql.NullString
			at         string
		)
		if err := rs.Scan(&r.DocumentID, &r.Ordinal, &r.FactKey, &r.Status, &correction, &at, &r.UpdatedBy); err != nil {
			rs.Close()
			return fmt.Errorf("sqlite: export reviews: %w", err)
		}
		if correction.Valid {
			r.Correction = json.RawMessage(correction.String)
		}
		r.UpdatedAt = rows.ParseTime(sql.NullString{String: at, Valid: true})
		all = append(all, r)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("sqlite: export reviews: %w", err)
	}
	for _, r := range all {
		if err := yield(r); err != nil {
			return err
		}
	}
	return nil
}

// ExportAudit yields the audit trail, oldest first.
func (s *Store) ExportAudit(ctx context.Context, yield func(domain.ExportedAudit) error) error {
	rs, err := s.db.QueryContext(ctx, `SELECT at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client
		FROM review_audit ORDER BY id`)
	if err != nil {
		return fmt.Errorf("sqlite: export audit: %w", err)
	}
	var all []domain.ExportedAudit
	for rs.Next() {
		var (
			a          domain.ExportedAudit
			at         string
			correction sql.NullString
		)
		if err := rs.Scan(&at, &a.Who, &a.Action, &a.FactID, &a.DocumentID, &a.Ordinal, &a.FactKey, &correction, &a.Note, &a.Client); err != nil {
			rs.Close()
			return fmt.Errorf("sqlite: export audit: %w", err)
		}
		a.At = rows.ParseTime(sql.NullString{String: at, Valid: true})
		if correction.Valid {
			a.Correction = json.RawMessage(correction.String)
		}
		all = append(all, a)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("sqlite: export audit: %w", err)
	}
	for _, a := range all {
		if err := yield(a); err != nil {
			return err
		}
	}
	return nil
}

// ImportDocument stores d with its facts at their ordinals, in one
// transaction, unless its id is stored already.
func (s *Store) ImportDocument(ctx context.Context, d domain.ExportedDocument) (bool, map[int]int64, error) {
	doc := &d.Document
	if doc.ID == "" {
		return false, nil, fmt.Errorf("sqlite: import document: empty id")
	}
	vals := make([][]any, len(d.Facts))
	for i := range d.Facts {
		v, err := rows.Fact(doc.ID, d.Facts[i].Ordinal, &d.Facts[i].Fact)
		if err != nil {
			return false, nil, fmt.Errorf("sqlite: import document %s: fact %d: %w", doc.ID, d.Facts[i].Ordinal, err)
		}
		vals[i] = v
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, nil, fmt.Errorf("sqlite: import document %s: %w", doc.ID, err)
	}
	defer tx.Rollback()
	created, err := s.importDocument(ctx, tx, d, vals)
	if err != nil {
		return false, nil, fmt.Errorf("sqlite: import document %s: %w", doc.ID, err)
	}
	ids, err := factIDs(ctx, tx, doc.ID)
	if err != nil {
		return false, nil, fmt.Errorf("sqlite: import document %s: %w", doc.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, nil, fmt.Errorf("sqlite: import document %s: %w", doc.ID, err)
	}
	return created, ids, nil
}

func (s *Store) importDocument(ctx context.Context, tx *sql.Tx, d domain.ExportedDocument, vals [][]any) (bool, error) {
	doc := &d.Document
	var created, simhash, dup any
	if !d.Created.IsZero() {
		created = d.Created.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	if d.SimHash != 0 {
		simhash = int64(d.SimHash)
	}
	if d.DupOf != "" {
		dup = d.DupOf
	}
	r, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO documents
		(id, seq, source, title, site, language, published, fetched_at, format, text, created_at, simhash, dup_of)
		VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?,
			COALESCE(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?, ?)`,
		doc.ID, doc.Source, rows.NullStr(doc.Title), rows.NullStr(doc.Site), doc.Language, rows.NullStr(doc.Published),
		rows.FmtTime(doc.Fetched), rows.NullStr(doc.Format), doc.Text, created, simhash, dup)
	if err != nil {
		return false, err
	}
	if n, err := r.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	for i, v := range vals {
		if _, err := tx.ExecContext(ctx, insertFactSQL, v...); err != nil {
			return false, fmt.Errorf("fact %d: %w", d.Facts[i].Ordinal, err)
		}
	}
	if err := s.assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
		return false, fmt.Errorf("assign deals: %w", err)
	}
	return true, nil
}

// factIDs maps the ordinals of a document's facts to their ids.
func factIDs(ctx context.Context, tx *sql.Tx, docID string) (map[int]int64, error) {
	rs, err := tx.QueryContext(ctx, `SELECT ordinal, id FROM facts WHERE document_id = ?`, docID)
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

// ImportReviews stores the reviews of document documentID that are not
// stored yet, and assigns its facts' deals again (a review changes them).
func (s *Store) ImportReviews(ctx context.Context, documentID string, rs []domain.ExportedReview) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: import reviews: %w", err)
	}
	defer tx.Rollback()
	n := 0
	for _, r := range rs {
		var correction any
		if r.Correction != nil {
			correction = string(r.Correction)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, ordinal, fact_key) DO NOTHING`,
			documentID, r.Ordinal, r.FactKey, r.Status, correction, r.UpdatedAt.UTC().Format(time.RFC3339Nano), r.UpdatedBy)
		if err != nil {
			return 0, fmt.Errorf("sqlite: import review of %s/%d: %w", documentID, r.Ordinal, err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	if n == 0 {
		return 0, nil
	}
	if err := s.assignDeals(ctx, tx, []string{documentID}, nil); err != nil {
		return 0, fmt.Errorf("sqlite: import reviews of %s: assign deals: %w", documentID, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: import reviews: %w", err)
	}
	return n, nil
}

// ImportAudit stores an audit line unless an identical one is there.
func (s *Store) ImportAudit(ctx context.Context, a domain.ExportedAudit) (bool, error) {
	var correction any
	if a.Correction != nil {
		correction = string(a.Correction)
	}
	at := a.At.UTC().Format(time.RFC3339Nano)
	res, err := s.db.ExecContext(ctx, `INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
		SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
		WHERE NOT EXISTS (SELECT 1 FROM review_audit WHERE at = ? AND who = ? AND action = ? AND document_id = ? AND ordinal = ? AND fact_key = ?)`,
		at, a.Who, a.Action, a.FactID, a.DocumentID, a.Ordinal, a.FactKey, correction, a.Note, a.Client,
		at, a.Who, a.Action, a.DocumentID, a.Ordinal, a.FactKey)
	if err != nil {
		return false, fmt.Errorf("sqlite: import audit: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// ExportFeeds yields every feed with its items.
func (s *Store) ExportFeeds(ctx context.Context, yield func(domain.ExportedFeed) error) error {
	list, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	for _, f := range list {
		ef := domain.ExportedFeed{Feed: f}
		rs, err := s.db.QueryContext(ctx, `SELECT key, link, title, published, seen_at, document_id, error, attempts
			FROM feed_items WHERE feed_id = ? ORDER BY seen_at, key`, f.ID)
		if err != nil {
			return fmt.Errorf("sqlite: export feed %d: %w", f.ID, err)
		}
		for rs.Next() {
			var (
				it                                      domain.ExportedFeedItem
				link, title, published, doc, errs, seen sql.NullString
			)
			if err := rs.Scan(&it.Key, &link, &title, &published, &seen, &doc, &errs, &it.Attempts); err != nil {
				rs.Close()
				return fmt.Errorf("sqlite: export feed %d: %w", f.ID, err)
			}
			it.FeedID, it.Link, it.Title, it.DocumentID, it.Error = f.ID, link.String, title.String, doc.String, errs.String
			it.Published, it.SeenAt = rows.ParseTime(published), rows.ParseTime(seen)
			ef.Items = append(ef.Items, it)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return fmt.Errorf("sqlite: export feed %d: %w", f.ID, err)
		}
		if err := yield(ef); err != nil {
			return err
		}
	}
	return nil
}

// ImportFeed stores a feed, keyed by URL, with its state when it is new,
// and the items it lacks.
func (s *Store) ImportFeed(ctx context.Context, ef domain.ExportedFeed) (bool, int, error) {
	f := ef.Feed
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, 0, fmt.Errorf("sqlite: import feed: %w", err)
	}
	defer tx.Rollback()
	added := f.Added
	if added.IsZero() {
		added = time.Now()
	}
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feeds (url, title, added_at, etag, last_modified, last_polled, last_ok, last_error, failures, next_poll)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.URL, rows.NullStr(f.Title), rows.FmtTime(added), rows.NullStr(f.ETag), rows.NullStr(f.LastModified), rows.FmtTime(f.LastPolled), rows.FmtTime(f.LastOK),
		rows.NullStr(f.LastError), f.Failures, rows.FmtTime(f.NextPoll))
	if err != nil {
		return false, 0, fmt.Errorf("sqlite: import feed %s: %w", f.URL, err)
	}
	n, _ := res.RowsAffected()
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM feeds WHERE url = ?`, f.URL).Scan(&id); err != nil {
		return false, 0, fmt.Errorf("sqlite: import feed %s: %w", f.URL, err)
	}
	items := 0
	for _, it := range ef.Items {
		seen := it.SeenAt
		if seen.IsZero() {
			seen = time.Now()
		}
		r, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feed_items (feed_id, key, link, title, published, seen_at, document_id, error, attempts)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, it.Key, rows.NullStr(it.Link), rows.NullStr(it.Title), rows.FmtTime(it.Published), rows.FmtTime(seen), rows.NullStr(it.DocumentID), rows.NullStr(it.Error), max(it.Attempts, 1))
		if err != nil {
			return false, 0, fmt.Errorf("sqlite: import feed %s: item %s: %w", f.URL, it.Key, err)
		}
		k, _ := r.RowsAffected()
		items += int(k)
	}
	if err := tx.Commit(); err != nil {
		return false, 0, fmt.Errorf("sqlite: import feed %s: %w", f.URL, err)
	}
	return n > 0, items, nil
}
