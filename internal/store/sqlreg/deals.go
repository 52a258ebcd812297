package sqlreg

import (
	"context"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file serves the web register's deals: the facts a deal query
// selects, reviewed, for the resolve stage to merge.

// DealTypes are the fact types deals are made of.
var DealTypes = []string{domain.TypeTransfer, domain.TypeAggregate, domain.TypeAssistance, domain.TypeAgreement, domain.TypeMembership}

// DealSelection returns the facts deals are made of that q selects, in id
// order, with their reviews applied and rejected facts left out. Only the
// conditions that hold for every fact of a deal are applied (type,
// suppliers, recipients, system, category, language, text); q's stage and
// years describe whole deals and are left to the caller. At most max facts
// are returned (max <= 0: no bound); more reports true.
func (r *Register) DealSelection(ctx context.Context, q domain.FactQuery, max int) ([]domain.RegisterFact, bool, error) {
	q.Stage, q.Since, q.Until = "", 0, 0
	q.Sort, q.Limit, q.Offset = "", 0, 0
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, false, r.errf("deal selection", err)
	}
	w, docs, ok := r.registerWhere(q, reviews)
	if !ok {
		return nil, false, nil
	}
	if q.Type == "" {
		w.in("f.type", DealTypes)
	}
	if max > 0 {
		// Count first (from the indexes): a selection too large is
		// refused without reading its facts.
		var n int
		if err := r.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1`+r.from(docs, reviews)+w.sql()+` LIMIT ?) AS m`,
			append(w.args, max+1)...).Scan(&n); err != nil {
			return nil, false, r.errf("deal selection", err)
		}
		if n > max {
			return nil, true, nil
		}
	}
	facts, err := r.registerFacts(ctx, reviews, w.sql()+" ORDER BY f.id", w.args...)
	if err != nil {
		return nil, false, r.errf("deal selection", err)
	}
	return facts, false, nil
}

// DealGroups maps every near-duplicate copy to its group's first document,
// as DupGroups does, through the dup_of index: most documents are no copy.
func (r *Register) DealGroups(ctx context.Context) (map[string]string, error) {
	return r.groups(ctx, "deal groups", r.d.IndexedBy("documents_dup_of"))
}

// DupGroups maps every stored document that is a near-duplicate copy to
// its group's first document.
func (r *Register) DupGroups(ctx context.Context) (map[string]string, error) {
	return r.groups(ctx, "dup groups", "")
}

func (r *Register) groups(ctx context.Context, what, hint string) (map[string]string, error) {
	out, err := ReadGroups(ctx, r.db, `SELECT id, dup_of FROM documents`+hint+` WHERE dup_of IS NOT NULL`)
	if err != nil {
		return nil, r.errf(what, err)
	}
	return out, nil
}

// ReadGroups reads the (document id, dup_of) rows query selects on q (a
// database or a transaction; placeholders as q's database writes them)
// into a map.
func ReadGroups(ctx context.Context, q Querier, query string, args ...any) (map[string]string, error) {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[string]string{}
	for rs.Next() {
		var id, dup string
		if err := rs.Scan(&id, &dup); err != nil {
			return nil, err
		}
		out[id] = dup
	}
	return out, rs.Err()
}

// DealFacts returns every fact deals are made of (transfers, aggregates,
// assistance, agreements, memberships), optionally only those of one
// supplier (or provider) and one recipient, without Filter's row limit.
// Reviews apply, as in DealSelection: corrected values replace the
// extracted ones and rejected facts are left out.
func (r *Register) DealFacts(ctx context.Context, supplier, recipient string) ([]domain.StoredFact, error) {
	rfs, _, err := r.DealSelection(ctx, domain.FactQuery{Filter: domain.Filter{Supplier: supplier, Recipient: recipient}}, 0)
	if err != nil {
		return nil, r.errf("deal facts", err)
	}
	return StoredFacts(rfs), nil
}
