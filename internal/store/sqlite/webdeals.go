package sqlite

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file serves the web register's deals: the facts a deal query
// selects, reviewed, for the resolve stage to merge.

var _ domain.DealRegister = (*Store)(nil)

// dealTypes are the fact types deals are made of.
var dealTypes = []string{domain.TypeTransfer, domain.TypeAggregate, domain.TypeAssistance, domain.TypeAgreement, domain.TypeMembership}

// DealSelection returns the facts deals are made of that q selects, in id
// order, with their reviews applied and rejected facts left out. Only the
// conditions that hold for every fact of a deal are applied (type,
// suppliers, recipients, system, category, language, text); q's stage and
// years describe whole deals and are left to the caller. At most max facts
// are returned (max <= 0: no bound); more reports true.
func (s *Store) DealSelection(ctx context.Context, q domain.FactQuery, max int) ([]domain.RegisterFact, bool, error) {
	q.Stage, q.Since, q.Until = "", 0, 0
	q.Sort, q.Limit, q.Offset = "", 0, 0
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("sqlite: deal selection: %w", err)
	}
	w, docs, ok := registerWhere(q, reviews)
	if !ok {
		return nil, false, nil
	}
	if q.Type == "" {
		w.in("f.type", dealTypes)
	}
	if max > 0 {
		// Count first (from the indexes): a selection too large is
		// refused without reading its facts.
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1`+from(docs, reviews)+w.sql()+` LIMIT ?)`,
			append(w.args, max+1)...).Scan(&n); err != nil {
			return nil, false, fmt.Errorf("sqlite: deal selection: %w", err)
		}
		if n > max {
			return nil, true, nil
		}
	}
	tail := w.sql() + " ORDER BY f.id"
	args := w.args
	facts, err := s.registerFacts(ctx, reviews, tail, args...)
	if err != nil {
		return nil, false, fmt.Errorf("sqlite: deal selection: %w", err)
	}
	return facts, false, nil
}

// DealGroups maps every near-duplicate copy to its group's first document,
// as DupGroups does, through the dup_of index: most documents are no copy.
func (s *Store) DealGroups(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, dup_of FROM documents INDEXED BY documents_dup_of WHERE dup_of IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: deal groups: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, dup string
		if err := rows.Scan(&id, &dup); err != nil {
			return nil, fmt.Errorf("sqlite: deal groups: %w", err)
		}
		out[id] = dup
	}
	return out, rows.Err()
}
