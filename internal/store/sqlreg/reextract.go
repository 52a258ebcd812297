package sqlreg

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

// ordinalShift lifts the positions being moved out of the way of the final
// ones while a document's facts are renumbered (UNIQUE (document_id,
// ordinal) is checked row by row).
const ordinalShift = 1_000_000_000

// updateFactSQL rewrites every column of a fact but its document and
// position; the fact's id is the last argument.
var updateFactSQL = func() string {
	cols := strings.Split(rows.FactColumns, ",")
	var set []string
	for _, c := range cols[2:] {
		set = append(set, strings.TrimSpace(c)+" = ?")
	}
	return `UPDATE facts SET ` + strings.Join(set, ", ") + ` WHERE id = ?`
}()

// DocumentIDs lists every stored document, oldest first.
func (r *Register) DocumentIDs(ctx context.Context) ([]string, error) {
	rs, err := r.query(ctx, `SELECT id FROM documents ORDER BY seq`)
	if err != nil {
		return nil, r.errf("document ids", err)
	}
	defer rs.Close()
	var ids []string
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			return nil, r.errf("document ids", err)
		}
		ids = append(ids, id)
	}
	if err := rs.Err(); err != nil {
		return nil, r.errf("document ids", err)
	}
	return ids, nil
}

// ReplaceFacts replaces the machine facts of document id (see
// domain.Reextractor) in one transaction (Hooks.InTx, which resolves the
// deals the document's facts leave and join). A matched fact keeps its
// id, so links to it and watchlists' positions stay valid; a review moves
// with its fact when the fact's position changes, audit trail included.
func (r *Register) ReplaceFacts(ctx context.Context, id string, facts []domain.Fact, dryRun bool) (domain.Reextraction, error) {
	var report domain.Reextraction
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var source string
		// FOR UPDATE (PostgreSQL): a concurrent re-extraction of the same
		// document waits.
		err := tx.QueryRow(ctx, r.d.Rebind(`SELECT source FROM documents WHERE id = ?`+r.d.ForUpdate()), id).Scan(&source)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, r.notFound
		}
		if err != nil {
			return nil, err
		}
		old, err := r.oldFacts(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		plan, err := rows.PlanReplace(id, old, facts)
		if err != nil {
			return nil, err
		}
		plan.Report.Source = source
		report = plan.Report
		if dryRun || !plan.Writes() {
			return nil, nil
		}
		if err := tx.Leaving(ctx, []string{id}); err != nil {
			return nil, err
		}
		if err := r.applyPlan(ctx, tx, id, plan, facts); err != nil {
			return nil, err
		}
		return []string{id}, nil
	})
	if err != nil {
		return domain.Reextraction{}, r.errf(fmt.Sprintf("replace facts of %q", id), err)
	}
	return report, nil
}

// oldFacts reads a document's stored facts with their reviews, in ordinal
// order.
func (r *Register) oldFacts(ctx context.Context, tx Tx, id string) ([]rows.OldFact, error) {
	rs, err := tx.Query(ctx, r.d.Rebind(`SELECT f.id, f.ordinal, f.body, COALESCE(r.status, '')
		FROM facts f`+r.joinReviews()+` WHERE f.document_id = ? ORDER BY f.ordinal`), id)
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

// applyPlan writes a re-extraction plan: removed facts go, moved ones
// take their new positions with their reviews and audit trail, new and
// changed ones are written.
func (r *Register) applyPlan(ctx context.Context, tx Tx, id string, plan *rows.ReplacePlan, facts []domain.Fact) error {
	exec := func(q string, args ...any) error { return tx.Exec(ctx, r.d.Rebind(q), args...) }
	for _, fid := range plan.Removed {
		if err := exec(`DELETE FROM facts WHERE id = ?`, fid); err != nil {
			return fmt.Errorf("delete fact %d: %w", fid, err)
		}
	}
	// Lift what moves out of the way, with its reviews and their trail.
	for _, st := range plan.Steps {
		if !st.Moves() {
			continue
		}
		to := st.Ordinal + ordinalShift
		if err := exec(`UPDATE facts SET ordinal = ? WHERE id = ?`, to, st.Old.ID); err != nil {
			return fmt.Errorf("move fact %d: %w", st.Old.ID, err)
		}
		if st.Old.Review == "" {
			continue
		}
		key, err := rows.Key(&st.Old.Fact)
		if err != nil {
			return err
		}
		for _, table := range []string{"fact_reviews", "review_audit"} {
			if err := exec(`UPDATE `+table+` SET ordinal = ?
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
			if err := exec(insertFactSQL, vals...); err != nil {
				return fmt.Errorf("insert fact %d: %w", st.New, err)
			}
			continue
		}
		if err := exec(updateFactSQL, append(vals[2:], st.Old.ID)...); err != nil {
			return fmt.Errorf("update fact %d: %w", st.Old.ID, err)
		}
		// The system filter's term lists (fact_system_terms) know the
		// fact's new terms.
		if err := exec(`INSERT INTO fact_system_terms (terms)
			SELECT system_terms FROM facts WHERE id = ? AND system_terms IS NOT NULL ON CONFLICT DO NOTHING`, st.Old.ID); err != nil {
			return err
		}
	}
	// A stale review (of no stored fact) at a place a moved one takes
	// gives way to it.
	if err := exec(`DELETE FROM fact_reviews WHERE document_id = ? AND ordinal < ?
		AND EXISTS (SELECT 1 FROM fact_reviews m WHERE m.document_id = ?
			AND m.ordinal = fact_reviews.ordinal + ? AND m.fact_key = fact_reviews.fact_key)`, id, ordinalShift, id, ordinalShift); err != nil {
		return err
	}
	for _, table := range []string{"facts", "fact_reviews", "review_audit"} {
		if err := exec(`UPDATE `+table+` SET ordinal = ordinal - ?
			WHERE document_id = ? AND ordinal >= ?`, ordinalShift, id, ordinalShift); err != nil {
			return fmt.Errorf("renumber %s: %w", table, err)
		}
	}
	return nil
}
