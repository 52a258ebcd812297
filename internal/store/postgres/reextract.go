package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file implements domain.Reextractor (reviews themselves are
// recorded by sqlreg's ReviewFact).

var _ domain.Reextractor = (*Store)(nil)

// ordinalShift lifts the positions being moved out of the way of the final
// ones while a document's facts are renumbered.
const ordinalShift = 1_000_000_000

// updateFactSQL rewrites every column of a fact but its document and
// position; the fact's id is the last argument.
var updateFactSQL = func() string {
	cols := strings.Split(rows.FactColumns, ",")
	var set []string
	for i, c := range cols[2:] {
		set = append(set, fmt.Sprintf("%s = $%d", strings.TrimSpace(c), i+1))
	}
	return `UPDATE facts SET ` + strings.Join(set, ", ") + fmt.Sprintf(` WHERE id = $%d`, len(cols)-1)
}()

// DocumentIDs lists every stored document, oldest first.
func (s *Store) DocumentIDs(ctx context.Context) ([]string, error) {
	rs, err := s.pool.Query(ctx, `SELECT id FROM documents ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("postgres: document ids: %w", err)
	}
	ids, err := pgx.CollectRows(rs, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("postgres: document ids: %w", err)
	}
	return ids, nil
}

// ReviewStatuses maps each stored fact of document id that has a review
// to its status.
func (s *Store) ReviewStatuses(ctx context.Context, id string) (map[int64]string, error) {
	old, err := oldFacts(ctx, s.pool, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: review statuses: %w", err)
	}
	st := map[int64]string{}
	for _, o := range old {
		if o.Review != "" {
			st[o.ID] = o.Review
		}
	}
	return st, nil
}

// ReplaceFacts replaces the machine facts of document id (see
// domain.Reextractor) in one transaction. A matched fact keeps its id; a
// review moves with its fact when the fact's position changes, audit trail
// included.
func (s *Store) ReplaceFacts(ctx context.Context, id string, facts []domain.Fact, dryRun bool) (domain.Reextraction, error) {
	r, err := s.replaceFacts(ctx, id, facts, dryRun)
	if err != nil {
		return domain.Reextraction{}, fmt.Errorf("postgres: replace facts of %q: %w", id, err)
	}
	return r, nil
}

func (s *Store) replaceFacts(ctx context.Context, id string, facts []domain.Fact, dryRun bool) (domain.Reextraction, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return domain.Reextraction{}, err
	}
	defer tx.Rollback(ctx)
	var source string
	// FOR UPDATE: a concurrent re-extraction of the same document waits.
	err = tx.QueryRow(ctx, `SELECT source FROM documents WHERE id = $1 FOR UPDATE`, id).Scan(&source)
	if errors.Is(err, pgx.ErrNoRows) {
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
	if err := applyPlan(ctx, tx, id, plan, facts); err != nil {
		return domain.Reextraction{}, err
	}
	if err := assignDeals(ctx, tx, []string{id}, oldKeys); err != nil {
		return domain.Reextraction{}, fmt.Errorf("assign deals: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return domain.Reextraction{}, fmt.Errorf("commit: %w", err)
	}
	return plan.Report, nil
}

type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// oldFacts reads a document's stored facts with their reviews, in ordinal
// order.
func oldFacts(ctx context.Context, q querier, id string) ([]rows.OldFact, error) {
	type review struct {
		ordinal int
		key     string
	}
	rs, err := q.Query(ctx, `SELECT ordinal, fact_key, status FROM fact_reviews WHERE document_id = $1`, id)
	if err != nil {
		return nil, err
	}
	status := map[review]string{}
	for rs.Next() {
		var (
			r  review
			st string
		)
		if err := rs.Scan(&r.ordinal, &r.key, &st); err != nil {
			rs.Close()
			return nil, err
		}
		status[r] = st
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	rs, err = q.Query(ctx, `SELECT id, ordinal, body FROM facts WHERE document_id = $1 ORDER BY ordinal`, id)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var old []rows.OldFact
	for rs.Next() {
		var (
			o    rows.OldFact
			body []byte
		)
		if err := rs.Scan(&o.ID, &o.Ordinal, &body); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(body, &o.Fact); err != nil {
			return nil, fmt.Errorf("fact %d: %w", o.ID, err)
		}
		if len(status) > 0 {
			key, err := rows.Key(&o.Fact)
			if err != nil {
				return nil, err
			}
			o.Review = status[review{o.Ordinal, key}]
		}
		old = append(old, o)
	}
	return old, rs.Err()
}

func applyPlan(ctx context.Context, tx pgx.Tx, id string, plan *rows.ReplacePlan, facts []domain.Fact) error {
	for _, fid := range plan.Removed {
		if _, err := tx.Exec(ctx, `DELETE FROM facts WHERE id = $1`, fid); err != nil {
			return fmt.Errorf("delete fact %d: %w", fid, err)
		}
	}
	// Lift what moves out of the way, with its reviews and their trail.
	for _, st := range plan.Steps {
		if !st.Moves() {
			continue
		}
		to := st.Ordinal + ordinalShift
		if _, err := tx.Exec(ctx, `UPDATE facts SET ordinal = $1 WHERE id = $2`, to, st.Old.ID); err != nil {
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
			if _, err := tx.Exec(ctx, `UPDATE `+table+` SET ordinal = $1
				WHERE document_id = $2 AND ordinal = $3 AND fact_key = $4`, to, id, st.Old.Ordinal, key); err != nil {
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
			if _, err := tx.Exec(ctx, insertFactSQL, vals...); err != nil {
				return fmt.Errorf("insert fact %d: %w", st.New, err)
			}
			continue
		}
		if _, err := tx.Exec(ctx, updateFactSQL, append(vals[2:], st.Old.ID)...); err != nil {
			return fmt.Errorf("update fact %d: %w", st.Old.ID, err)
		}
	}
	// A stale review (of no stored fact) at a place a moved one takes
	// gives way to it.
	if _, err := tx.Exec(ctx, `DELETE FROM fact_reviews r WHERE r.document_id = $1 AND r.ordinal < $2
		AND EXISTS (SELECT 1 FROM fact_reviews m WHERE m.document_id = $1
			AND m.ordinal = r.ordinal + $2 AND m.fact_key = r.fact_key)`, id, ordinalShift); err != nil {
		return err
	}
	for _, table := range []string{"facts", "fact_reviews", "review_audit"} {
		if _, err := tx.Exec(ctx, `UPDATE `+table+` SET ordinal = ordinal - $2
			WHERE document_id = $1 AND ordinal >= $2`, id, ordinalShift); err != nil {
			return fmt.Errorf("renumber %s: %w", table, err)
		}
	}
	return nil
}
