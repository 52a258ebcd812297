package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file implements domain.Reextractor.

var _ domain.Reextractor = (*Store)(nil)

// ordinalShift lifts the positions being moved out of the way of the final
// ones while a document's facts are renumbered (UNIQUE (document_id,
// ordinal) is checked row by row).
const ordinalShift = 1_000_000_000

// updateFactSQL rewrites every column of a fact but its document and
// position.
var updateFactSQL = func() string {
	cols := strings.Split(rows.FactColumns, ",")
	var set []string
	for _, c := range cols[2:] {
		set = append(set, strings.TrimSpace(c)+" = ?")
	}
	return `UPDATE facts SET ` + strings.Join(set, ", ") + ` WHERE id = ?`
}()

// DocumentIDs lists every stored document, oldest first.
func (s *Store) DocumentIDs(ctx context.Context) ([]string, error) {
	rs, err := s.db.QueryContext(ctx, `SELECT id FROM documents ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document ids: %w", err)
	}
	defer rs.Close()
	var ids []string
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: document ids: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: document ids: %w", err)
	}
	return ids, nil
}

// ReplaceFacts replaces the machine facts of document id (see
// domain.Reextractor) in one transaction. A matched fact keeps its id, so
// links to it and watchlists' positions stay valid; a review moves with its
// fact when the fact's position changes, audit trail included.
func (s *Store) ReplaceFacts(ctx context.Context, id string, facts []domain.Fact, dryRun bool) (domain.Reextraction, error) {
	r, err := s.replaceFacts(ctx, id, facts, dryRun)
	if err != nil {
		return domain.Reextraction{}, fmt.Errorf("sqlite: replace facts of %q: %w", id, err)
	}
	return r, nil
}

func (s *Store) replaceFacts(ctx context.Context, id string, facts []domain.Fact, dryRun bool) (domain.Reextraction, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return domain.Reextraction{}, err
	}
	defer tx.Rollback()
	var source string
	err = tx.QueryRowContext(ctx, `SELECT source FROM documents WHERE id = ?`, id).Scan(&source)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Reextraction{}, ErrNotFound
	}
	if err != nil {
		return domain.Reextraction{}, err
	}
	old, err := oldFacts(ctx, tx, id)
	if err != nil {
		return domain.Reextraction{}, err
	}
	plan, err := rows.PlanReplace(id, old, facts)
	if err != nil {
		return domain.Reextraction{}, err
	}
	plan.Report.Source = source
	if dryRun || !plan.Writes() {
		return plan.Report, nil
	}
	oldKeys, err := docKeys(ctx, tx, []string{id})
	if err != nil {
		return domain.Reextraction{}, err
	}
	if err := s.applyPlan(ctx, tx, id, plan, facts); err != nil {
		return domain.Reextraction{}, err
	}
	if err := s.assignDeals(ctx, tx, []string{id}, oldKeys); err != nil {
		return domain.Reextraction{}, fmt.Errorf("assign deals: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return domain.Reextraction{}, fmt.Errorf("commit: %w", err)
	}
	return plan.Report, nil
}

// oldFacts reads a document's stored facts with their reviews, in ordinal
// order.
func oldFacts(ctx context.Context, tx *sql.Tx, id string) ([]rows.OldFact, error) {
	rs, err := tx.QueryContext(ctx, `SELECT f.id, f.ordinal, f.body, COALESCE(r.status, '')
		FROM facts f`+joinReviews+` WHERE f.document_id = ? ORDER BY f.ordinal`, id)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var old []rows.OldFact
	for rs.Next() {
		var (
			o    rows.OldFact
			body string
		)
		if err := rs.Scan(&o.ID, &o.Ordinal, &body, &o.Review); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &o.Fact); err != nil {
			return nil, fmt.Errorf("fact %d: %w", o.ID, err)
		}
		old = append(old, o)
	}
	return old, rs.Err()
}

func (s *Store) applyPlan(ctx context.Context, tx *sql.Tx, id string, plan *rows.ReplacePlan, facts []domain.Fact) error {
	for _, fid := range plan.Removed {
		if _, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE id = ?`, fid); err != nil {
			return fmt.Errorf("delete fact %d: %w", fid, err)
		}
	}
	// Lift what moves out of the way, with its reviews and their trail.
	for _, st := range plan.Steps {
		if !st.Moves() {
			continue
		}
		key, err := rows.Key(&st.Old.Fact)
		if err != nil {
			return err
		}
		to := st.Ordinal + ordinalShift
		if _, err := tx.ExecContext(ctx, `UPDATE facts SET ordinal = ? WHERE id = ?`, to, st.Old.ID); err != nil {
			return fmt.Errorf("move fact %d: %w", st.Old.ID, err)
		}
		if st.Old.Review == "" {
			continue
		}
		for _, table := range []string{"fact_reviews", "review_audit"} {
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET ordinal = ?
				WHERE document_id = ? AND ordinal = ? AND fact_key = ?`, to, id, st.Old.Ordinal, key); err != nil {
				return fmt.Errorf("move review of fact %d: %w", st.Old.ID, err)
			}
		}
	}
	for _, st := range plan.Steps {
		if st.New < 0 || (st.Old != nil && !st.Update) {
			continue
		}
		vals, err := rows.Fact(id, st.Ordinal, &facts[st.New])
		if err != nil {
			return err
		}
		if st.Old == nil {
			if _, err := tx.ExecContext(ctx, insertFactSQL, vals...); err != nil {
				return fmt.Errorf("insert fact %d: %w", st.New, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, updateFactSQL, append(vals[2:], st.Old.ID)...); err != nil {
			return fmt.Errorf("update fact %d: %w", st.Old.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO fact_system_terms (terms)
			SELECT system_terms FROM facts WHERE id = ? AND system_terms IS NOT NULL`, st.Old.ID); err != nil {
			return err
		}
	}
	// A stale review (of no stored fact) at a place a moved one takes
	// gives way to it.
	if _, err := tx.ExecContext(ctx, `DELETE FROM fact_reviews WHERE document_id = ?1 AND ordinal < ?2
		AND EXISTS (SELECT 1 FROM fact_reviews m WHERE m.document_id = ?1
			AND m.ordinal = fact_reviews.ordinal + ?2 AND m.fact_key = fact_reviews.fact_key)`, id, ordinalShift); err != nil {
		return err
	}
	for _, table := range []string{"facts", "fact_reviews", "review_audit"} {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET ordinal = ordinal - ?2
			WHERE document_id = ?1 AND ordinal >= ?2`, id, ordinalShift); err != nil {
			return fmt.Errorf("renumber %s: %w", table, err)
		}
	}
	return nil
}
