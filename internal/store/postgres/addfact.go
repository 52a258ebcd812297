package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

var _ domain.FactAdder = (*Store)(nil)

// AddFact stores a fact a reviewer added to a document, as the sqlite
// adapter does: after the document's other facts, with Rule
// domain.RuleReviewer, its evidence text cut from the document at the
// offsets (else an error wrapping domain.ErrBadEvidence), a confirmed
// review (which re-extraction keeps) and an "added" line in the audit
// trail, in one transaction.
func (s *Store) AddFact(ctx context.Context, in domain.AddFactInput) (domain.RegisterFact, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return domain.RegisterFact{}, fmt.Errorf("postgres: add fact: %w", err)
	}
	defer tx.Rollback(ctx)
	var (
		rf   domain.RegisterFact
		text string
	)
	// The document row is locked: two reviewers adding facts at once
	// take the next positions one after the other.
	err = tx.QueryRow(ctx, `SELECT d.text, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''),
			COALESCE((SELECT MAX(ordinal) + 1 FROM facts WHERE document_id = d.id), 0)
		FROM documents d WHERE d.id = $1 FOR UPDATE`, in.DocumentID).
		Scan(&text, &rf.Source, &rf.Language, &rf.Published, &rf.Ordinal)
	if errors.Is(err, pgx.ErrNoRows) {
		return rf, fmt.Errorf("postgres: add fact: document %q: %w", in.DocumentID, ErrNotFound)
	}
	if err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	f := in.Fact
	runes := []rune(text)
	if st, en := f.Evidence.Start, f.Evidence.End; st < 0 || en > len(runes) || st >= en {
		return rf, fmt.Errorf("postgres: add fact: %d..%d of %d characters: %w", st, en, len(runes), domain.ErrBadEvidence)
	}
	f.Evidence.Text = string(runes[f.Evidence.Start:f.Evidence.End])
	f.Rule = domain.RuleReviewer
	vals, err := rows.Fact(in.DocumentID, rf.Ordinal, &f)
	if err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	if rf.Key, err = rows.Key(&f); err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	if err := tx.QueryRow(ctx, insertFactSQL+` RETURNING id`, vals...).Scan(&rf.ID); err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	at := time.Now().UTC()
	if _, err := tx.Exec(ctx, `INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
		VALUES ($1, $2, $3, $4, NULL, $5, $6)
		ON CONFLICT (document_id, ordinal, fact_key) DO UPDATE SET status = excluded.status, correction = NULL,
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		in.DocumentID, rf.Ordinal, rf.Key, domain.ReviewConfirmed, at, in.Who); err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
		VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9)`,
		at, in.Who, domain.ReviewAdded, rf.ID, in.DocumentID, rf.Ordinal, rf.Key, in.Note, in.Client); err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	if err := assignDeals(ctx, tx, []string{in.DocumentID}, nil); err != nil {
		return rf, fmt.Errorf("postgres: add fact: assign deals: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return rf, fmt.Errorf("postgres: add fact: %w", err)
	}
	rf.DocumentID, rf.Fact, rf.ReviewStatus = in.DocumentID, f, domain.ReviewConfirmed
	return rf, nil
}
