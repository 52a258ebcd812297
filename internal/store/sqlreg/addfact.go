package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// insertFactSQL inserts one fact row (rows.Fact's values).
var insertFactSQL = `INSERT INTO facts (` + rows.FactColumns + `) VALUES (` + rows.FactPlaceholders(false) + `)`

// AddFact stores a fact a reviewer added to a document: after the
// document's other facts, with Rule domain.RuleReviewer, its evidence text
// cut from the document at the offsets (else an error wrapping
// domain.ErrBadEvidence), a confirmed review (which re-extraction keeps,
// see rows.PlanReplace) and an "added" line in the audit trail, in one
// transaction (Hooks.InTx, which resolves the document's deals again).
func (r *Register) AddFact(ctx context.Context, in domain.AddFactInput) (domain.RegisterFact, error) {
	var id int64
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var (
			text string
			next int
		)
		// The document row is locked (on PostgreSQL; SQLite's write lock
		// is the transaction's): two reviewers adding facts at once take
		// the next positions one after the other.
		err := tx.QueryRow(ctx, r.d.Rebind(`SELECT d.text, COALESCE((SELECT MAX(ordinal) + 1 FROM facts WHERE document_id = d.id), 0)
			FROM documents d WHERE d.id = ?`+r.d.ForUpdate()), in.DocumentID).Scan(&text, &next)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("document %q: %w", in.DocumentID, r.notFound)
		}
		if err != nil {
			return nil, err
		}
		f := in.Fact
		runes := []rune(text)
		if st, en := f.Evidence.Start, f.Evidence.End; st < 0 || en > len(runes) || st >= en {
			return nil, fmt.Errorf("%d..%d of %d characters: %w", st, en, len(runes), domain.ErrBadEvidence)
		}
		f.Evidence.Text = string(runes[f.Evidence.Start:f.Evidence.End])
		f.Rule = domain.RuleReviewer
		vals, err := rows.Fact(in.DocumentID, next, &f)
		if err != nil {
			return nil, err
		}
		if err := tx.QueryRow(ctx, r.d.Rebind(insertFactSQL+` RETURNING id`), vals...).Scan(&id); err != nil {
			return nil, err
		}
		var key string
		if err := tx.QueryRow(ctx, r.d.Rebind(`SELECT `+r.d.FactKey("f")+` FROM facts f WHERE f.id = ?`), id).Scan(&key); err != nil {
			return nil, err
		}
		at := r.d.Time(time.Now().UTC())
		if err := tx.Exec(ctx, r.d.Rebind(`INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
			VALUES (?, ?, ?, ?, NULL, ?, ?)
			ON CONFLICT (document_id, ordinal, fact_key) DO UPDATE SET status = excluded.status, correction = NULL,
				updated_at = excluded.updated_at, updated_by = excluded.updated_by`),
			in.DocumentID, next, key, domain.ReviewConfirmed, at, in.Who); err != nil {
			return nil, err
		}
		if err := tx.Exec(ctx, r.d.Rebind(`INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
			VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`),
			at, in.Who, domain.ReviewAdded, id, in.DocumentID, next, key, in.Note, in.Client); err != nil {
			return nil, err
		}
		return []string{in.DocumentID}, nil
	})
	if err != nil {
		return domain.RegisterFact{}, r.errf("add fact", err)
	}
	return r.Fact(ctx, id)
}
