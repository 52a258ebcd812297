package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file exports and imports a register for `armswatch migrate`
// (domain.RegisterExporter and RegisterImporter: documents, facts,
// reviews, audit) and answers
// /readyz (domain.Pinger). Feeds, watchlists and reference deals follow
// once this adapter keeps them.

var (
	_ domain.Pinger           = (*Store)(nil)
	_ domain.RegisterImporter = (*Store)(nil)
	_ domain.RegisterExporter = (*Store)(nil)
)

// Ping checks that the server answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("postgres: ping: %w", err)
	}
	return nil
}

// ImportDocument stores d with its facts at their ordinals, in one
// transaction, unless its id is stored already.
func (s *Store) ImportDocument(ctx context.Context, d domain.ExportedDocument) (bool, map[int]int64, error) {
	doc := &d.Document
	if doc.ID == "" {
		return false, nil, errors.New("postgres: import document: empty id")
	}
	vals := make([][]any, len(d.Facts))
	for i := range d.Facts {
		v, err := rows.Fact(doc.ID, d.Facts[i].Ordinal, &d.Facts[i].Fact)
		if err != nil {
			return false, nil, fmt.Errorf("postgres: import document %s: fact %d: %w", doc.ID, d.Facts[i].Ordinal, err)
		}
		vals[i] = v
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, nil, fmt.Errorf("postgres: import document %s: %w", doc.ID, err)
	}
	defer tx.Rollback(ctx)
	created, err := importDocument(ctx, tx, d, vals)
	if err != nil {
		return false, nil, fmt.Errorf("postgres: import document %s: %w", doc.ID, err)
	}
	rs, err := tx.Query(ctx, `SELECT ordinal, id FROM facts WHERE document_id = $1`, doc.ID)
	if err != nil {
		return false, nil, fmt.Errorf("postgres: import document %s: %w", doc.ID, err)
	}
	ids := map[int]int64{}
	var (
		o  int
		id int64
	)
	if _, err := pgx.ForEachRow(rs, []any{&o, &id}, func() error { ids[o] = id; return nil }); err != nil {
		return false, nil, fmt.Errorf("postgres: import document %s: %w", doc.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, nil, fmt.Errorf("postgres: import document %s: %w", doc.ID, err)
	}
	return created, ids, nil
}

func importDocument(ctx context.Context, tx pgx.Tx, d domain.ExportedDocument, vals [][]any) (bool, error) {
	doc := &d.Document
	var fetched, created, simhash, dup any
	if !doc.Fetched.IsZero() {
		fetched = doc.Fetched.UTC().Format(time.RFC3339Nano)
	}
	if !d.Created.IsZero() {
		created = d.Created
	}
	if d.SimHash != 0 {
		simhash = int64(d.SimHash)
	}
	if d.DupOf != "" {
		dup = d.DupOf
	}
	tag, err := tx.Exec(ctx, `INSERT INTO documents
		(id, source, title, site, language, published, fetched_at, format, text, created_at, simhash, dup_of)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, COALESCE($10::timestamptz, now()), $11, $12)
		ON CONFLICT (id) DO NOTHING`,
		doc.ID, doc.Source, rows.NullStr(doc.Title), rows.NullStr(doc.Site), doc.Language,
		rows.NullStr(doc.Published), fetched, rows.NullStr(doc.Format), doc.Text, created, simhash, dup)
	if err != nil {
		return false, err
	}
	if tag.RowsAffected() == 0 {
		return false, nil
	}
	if len(vals) > 0 {
		var b pgx.Batch
		for _, v := range vals {
			b.Queue(insertFactSQL, v...)
		}
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return false, fmt.Errorf("insert facts: %w", err)
		}
	}
	if err := assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
		return false, fmt.Errorf("assign deals: %w", err)
	}
	return true, nil
}

// ImportReviews stores the reviews of document documentID that are not
// stored yet, and assigns its facts' deals again (a review changes them).
func (s *Store) ImportReviews(ctx context.Context, documentID string, rs []domain.ExportedReview) (int, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("postgres: import reviews: %w", err)
	}
	defer tx.Rollback(ctx)
	n := 0
	for _, r := range rs {
		var correction any
		if r.Correction != nil {
			correction = string(r.Correction)
		}
		tag, err := tx.Exec(ctx, `INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
			VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (document_id, ordinal, fact_key) DO NOTHING`,
			documentID, r.Ordinal, r.FactKey, r.Status, correction, r.UpdatedAt, r.UpdatedBy)
		if err != nil {
			return 0, fmt.Errorf("postgres: import review of %s/%d: %w", documentID, r.Ordinal, err)
		}
		n += int(tag.RowsAffected())
	}
	if n == 0 {
		return 0, nil
	}
	if err := assignDeals(ctx, tx, []string{documentID}, nil); err != nil {
		return 0, fmt.Errorf("postgres: import reviews of %s: assign deals: %w", documentID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("postgres: import reviews: %w", err)
	}
	return n, nil
}

// ImportAudit stores an audit line unless an identical one is there.
func (s *Store) ImportAudit(ctx context.Context, a domain.ExportedAudit) (bool, error) {
	var correction any
	if a.Correction != nil {
		correction = string(a.Correction)
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
		SELECT $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10
		WHERE NOT EXISTS (SELECT 1 FROM review_audit WHERE at = $1 AND who = $2 AND action = $3
			AND document_id = $5 AND ordinal = $6 AND fact_key = $7)`,
		a.At, a.Who, a.Action, a.FactID, a.DocumentID, a.Ordinal, a.FactKey, correction, a.Note, a.Client)
	if err != nil {
		return false, fmt.Errorf("postgres: import audit: %w", err)
	}
	return tag.RowsAffected() > 0, nil
}

// ExportDocuments yields every document with its facts, in the order they
// were stored (created_at, then id).
func (s *Store) ExportDocuments(ctx context.Context, yield func(domain.ExportedDocument) error) error {
	rs, err := s.pool.Query(ctx, `SELECT id FROM documents ORDER BY created_at, id`)
	if err != nil {
		return fmt.Errorf("postgres: export documents: %w", err)
	}
	ids, err := pgx.CollectRows(rs, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("postgres: export documents: %w", err)
	}
	for _, id := range ids {
		d, err := s.exportDocument(ctx, id)
		if err != nil {
			return fmt.Errorf("postgres: export document %s: %w", id, err)
		}
		if err := yield(d); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) exportDocument(ctx context.Context, id string) (domain.ExportedDocument, error) {
	var (
		d       domain.ExportedDocument
		simhash *int64
		dup     *string
	)
	doc, err := s.Document(ctx, id)
	if err != nil {
		return d, err
	}
	d.Document = *doc
	if err := s.pool.QueryRow(ctx, `SELECT created_at, simhash, dup_of FROM documents WHERE id = $1`, id).
		Scan(&d.Created, &simhash, &dup); err != nil {
		return d, err
	}
	d.Created = d.Created.UTC()
	if simhash != nil {
		d.SimHash = uint64(*simhash)
	}
	if dup != nil {
		d.DupOf = *dup
	}
	rs, err := s.pool.Query(ctx, `SELECT id, ordinal, body FROM facts WHERE document_id = $1 ORDER BY ordinal`, id)
	if err != nil {
		return d, err
	}
	var (
		f    domain.ExportedFact
		body []byte
	)
	_, err = pgx.ForEachRow(rs, []any{&f.ID, &f.Ordinal, &body}, func() error {
		var x domain.ExportedFact
		x.ID, x.Ordinal = f.ID, f.Ordinal
		if err := json.Unmarshal(body, &x.Fact); err != nil {
			return fmt.Errorf("fact %d: %w", f.ID, err)
		}
		d.Facts = append(d.Facts, x)
		return nil
	})
	return d, err
}

// ExportReviews yields every review, by document.
func (s *Store) ExportReviews(ctx context.Context, yield func(domain.ExportedReview) error) error {
	rs, err := s.pool.Query(ctx, `SELECT document_id, ordinal, fact_key, status, correction, updated_at, updated_by
		FROM fact_reviews ORDER BY document_id, ordinal, fact_key`)
	if err != nil {
		return fmt.Errorf("postgres: export reviews: %w", err)
	}
	var (
		all        []domain.ExportedReview
		r          domain.ExportedReview
		correction []byte
	)
	_, err = pgx.ForEachRow(rs, []any{&r.DocumentID, &r.Ordinal, &r.FactKey, &r.Status, &correction, &r.UpdatedAt, &r.UpdatedBy}, func() error {
		x := r
		x.UpdatedAt = x.UpdatedAt.UTC()
		x.Correction = nil
		if correction != nil {
			x.Correction = json.RawMessage(append([]byte(nil), correction...))
		}
		all = append(all, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: export reviews: %w", err)
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
	rs, err := s.pool.Query(ctx, `SELECT at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client
		FROM review_audit ORDER BY id`)
	if err != nil {
		return fmt.Errorf("postgres: export audit: %w", err)
	}
	var (
		all        []domain.ExportedAudit
		a          domain.ExportedAudit
		correction []byte
	)
	_, err = pgx.ForEachRow(rs, []any{&a.At, &a.Who, &a.Action, &a.FactID, &a.DocumentID, &a.Ordinal, &a.FactKey, &correction, &a.Note, &a.Client}, func() error {
		x := a
		x.At = x.At.UTC()
		x.Correction = nil
		if correction != nil {
			x.Correction = json.RawMessage(append([]byte(nil), correction...))
		}
		all = append(all, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: export audit: %w", err)
	}
	for _, a := range all {
		if err := yield(a); err != nil {
			return err
		}
	}
	return nil
}
