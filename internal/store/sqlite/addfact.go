package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

var _ domain.FactAdder = (*Store)(nil)

// ErrBadEvidence is wrapped by AddFact when the evidence offsets do not
// lie within the document's text.
var ErrBadEvidence = domain.ErrBadEvidence

// AddFact stores a fact a reviewer added to a document: after the
// document's other facts, with Rule domain.RuleReviewer, its evidence text
// cut from the document at the offsets, a confirmed review (which
// re-extraction keeps, see rows.PlanReplace) and an "added" line in the
// audit trail, in one transaction.
func (s *Store) AddFact(ctx context.Context, in domain.AddFactInput) (domain.RegisterFact, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	defer tx.Rollback()
	var (
		text string
		next int
	)
	err = tx.QueryRowContext(ctx, `SELECT d.text, COALESCE((SELECT MAX(ordinal) + 1 FROM facts WHERE document_id = d.id), 0)
		FROM documents d WHERE d.id = ?`, in.DocumentID).Scan(&text, &next)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: document %q: %w", in.DocumentID, ErrNotFound)
	}
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	f := in.Fact
	runes := []rune(text)
	if st, en := f.Evidence.Start, f.Evidence.End; st < 0 || en > len(runes) || st >= en {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %d..%d of %d characters: %w", st, en, len(runes), ErrBadEvidence)
	}
	f.Evidence.Text = string(runes[f.Evidence.Start:f.Evidence.End])
	f.Rule = domain.RuleReviewer
	vals, err := rows.Fact(in.DocumentID, next, &f)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	res, err := tx.ExecContext(ctx, insertFactSQL, vals...)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	var key string
	if err := tx.QueryRowContext(ctx, `SELECT `+factKeySQL+` FROM facts f WHERE f.id = ?`, id).Scan(&key); err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	at := time.Now().UTC().Format(time.RFC3339Nano)
	if _, err := tx.ExecContext(ctx, `INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
		VALUES (?, ?, ?, ?, NULL, ?, ?)
		ON CONFLICT (document_id, ordinal, fact_key) DO UPDATE SET status = excluded.status, correction = NULL,
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		in.DocumentID, next, key, domain.ReviewConfirmed, at, in.Who); err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
		VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
		at, in.Who, domain.ReviewAdded, id, in.DocumentID, next, key, in.Note, in.Client); err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	if err := s.assignDeals(ctx, tx, []string{in.DocumentID}, nil); err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: assign deals: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return domain.RegisterFact{}, fmt.Errorf("sqlite: add fact: %w", err)
	}
	return s.Fact(ctx, id)
}
