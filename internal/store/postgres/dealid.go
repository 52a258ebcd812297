package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// This file keeps each fact's deal (008_deal_ids.sql, 010_deal_days.sql),
// as the sqlite adapter's dealid.go does: a fact's deal key (resolve.Keys)
// and day (resolve.EventDay) are computed from the fact as reviewed; a
// deal is a run of its key's facts in (deal_day, id) order, so a write
// resolves again only the window of deals around the facts it changes
// (rows.ResolveWindow, through the facts_deal_order index), not every fact of
// the key. Writers (SaveDocument, AddFact, ReplaceFacts, ReviewFact) call
// assignDeals in their own transaction; Open assigns rows stored before
// 008 or 010.
//
// Concurrent writers touching one key are serialised by a transaction
// advisory lock per key, taken in key order (no deadlock between them):
// the second resolves the key after the first has committed, and sees
// its facts.

// dealLockSpace is the first key of the two-key advisory locks on deal
// keys (the second is hashtext of the deal key).
const dealLockSpace int32 = 0x61726d73 // "arms"

// reviewedFacts reads the facts cond selects (a WHERE clause over f),
// reviewed, in id order, with their review's status.
func reviewedFacts(ctx context.Context, tx pgx.Tx, cond string, args ...any) ([]domain.RegisterFact, error) {
	rs, err := tx.Query(ctx, `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body,
			r.correction, COALESCE(r.status, '')
		FROM facts f JOIN documents d ON d.id = f.document_id`+joinReviews+` `+cond+` ORDER BY f.id`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, func(row pgx.CollectableRow) (domain.RegisterFact, error) {
		var (
			rf domain.RegisterFact
			c  *domain.Correction
		)
		err := row.Scan(&rf.ID, &rf.DocumentID, &rf.Source, &rf.Language, &rf.Published, &rf.Fact, &c, &rf.ReviewStatus)
		if rf.ReviewStatus != domain.ReviewRejected {
			c.Apply(&rf.Fact)
		}
		return rf, err
	})
}

// setKeySQL sets a fact's deal key ($1) and day ($3) and clears the deal
// of a fact that has no key.
const setKeySQL = `UPDATE facts SET deal_key = $1, deal_day = $3,
	deal_id = CASE WHEN $1 = '' THEN NULL ELSE deal_id END,
	deal_value = CASE WHEN $1 = '' THEN NULL ELSE deal_value END,
	deal_year = CASE WHEN $1 = '' THEN NULL ELSE deal_year END
	WHERE id = $2 AND (deal_key IS DISTINCT FROM $1 OR deal_day IS DISTINCT FROM $3::integer)`

// docKeys reads the deal keys and positions the facts of documents have
// now.
func docKeys(ctx context.Context, tx pgx.Tx, docIDs []string) ([]rows.DealRef, error) {
	rs, err := tx.Query(ctx, `SELECT deal_key, COALESCE(deal_day, 0), id FROM facts WHERE document_id = ANY($1) AND deal_key <> ''`, docIDs)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, func(row pgx.CollectableRow) (rows.DealRef, error) {
		var r rows.DealRef
		err := row.Scan(&r.Key, &r.Day, &r.ID)
		return r, err
	})
}

// assignDeals recomputes the deal keys and days of the facts of documents
// docIDs and resolves again, in every key they had (old, read with
// docKeys before a write that removes facts) or have now, the window of
// deals around the positions they had or have (rows.ResolveWindow).
func (s *Store) assignDeals(ctx context.Context, tx pgx.Tx, docIDs []string, old []rows.DealRef) error {
	before, err := docKeys(ctx, tx, docIDs)
	if err != nil {
		return err
	}
	rfs, err := reviewedFacts(ctx, tx, `WHERE f.document_id = ANY($1)`, docIDs)
	if err != nil {
		return err
	}
	keys := rows.DealKeys(rfs)
	plan := rows.PlanDeals(rfs, keys, old, before)
	for _, k := range plan.Touched {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, dealLockSpace, k); err != nil {
			return err
		}
	}
	var b pgx.Batch
	for i, rf := range rfs {
		b.Queue(setKeySQL, keys[i], rf.ID, plan.Days[i])
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}
	return plan.ResolveTouched(dealTx{ctx, tx}, &s.dealWork)
}

// dealTx runs deal assignment's queries (rows.DealTx) in a transaction.
type dealTx struct {
	ctx context.Context
	tx  pgx.Tx
}

// Before and After read a key's stored facts in resolution order
// (facts_deal_order).
func (t dealTx) Before(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return t.rows(`SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = $1 AND (deal_day, id) < ($2, $3)
		ORDER BY deal_day DESC, id DESC LIMIT $4`, key, p.Day, p.ID, n)
}

func (t dealTx) After(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return t.rows(`SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = $1 AND (deal_day, id) > ($2, $3)
		ORDER BY deal_day, id LIMIT $4`, key, p.Day, p.ID, n)
}

func (t dealTx) rows(query string, args ...any) ([]rows.DealRow, error) {
	rs, err := t.tx.Query(t.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, func(row pgx.CollectableRow) (rows.DealRow, error) {
		var r rows.DealRow
		err := row.Scan(&r.Day, &r.ID, &r.Deal)
		return r, err
	})
}

func (t dealTx) WindowFacts(w rows.DealWindow) ([]domain.StoredFact, error) {
	cond, args := `WHERE f.deal_key = $1`, []any{w.Key}
	if w.HasFrom {
		cond += ` AND (f.deal_day, f.id) >= ($2, $3)`
		args = append(args, w.From.Day, w.From.ID)
	}
	if w.HasTo {
		cond += fmt.Sprintf(` AND (f.deal_day, f.id) < ($%d, $%d)`, len(args)+1, len(args)+2)
		args = append(args, w.To.Day, w.To.ID)
	}
	rfs, err := reviewedFacts(t.ctx, t.tx, cond, args...)
	return sqlreg.StoredFacts(rfs), err
}

func (t dealTx) WindowGroups(_ rows.DealWindow, facts []domain.StoredFact) (map[string]string, error) {
	docs := make([]string, len(facts))
	for i := range facts {
		docs[i] = facts[i].DocumentID
	}
	return dupGroups(t.ctx, t.tx, `SELECT id, dup_of FROM documents WHERE id = ANY($1) AND dup_of IS NOT NULL`, docs)
}

func (t dealTx) KeyFacts(k string) ([]domain.StoredFact, error) {
	rfs, err := reviewedFacts(t.ctx, t.tx, `WHERE f.deal_key = $1`, k)
	return sqlreg.StoredFacts(rfs), err
}

func (t dealTx) KeyGroups(k string) (map[string]string, error) {
	return dupGroups(t.ctx, t.tx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = $1 AND d.dup_of IS NOT NULL`, k)
}

func (t dealTx) KeyDocCount(k, doc string) (int, error) {
	var all int
	err := t.tx.QueryRow(t.ctx, `SELECT COUNT(*) FROM facts WHERE deal_key = $1 AND document_id = $2`, k, doc).Scan(&all)
	return all, err
}

func (t dealTx) StoreDeals(deals []domain.Deal) error { return storeDeals(t.ctx, t.tx, deals) }

// dupGroups reads (document id, dup_of) rows into a map.
func dupGroups(ctx context.Context, tx pgx.Tx, query string, args ...any) (map[string]string, error) {
	rs, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	groups := map[string]string{}
	var id, dup string
	if _, err := pgx.ForEachRow(rs, []any{&id, &dup}, func() error { groups[id] = dup; return nil }); err != nil {
		return nil, err
	}
	return groups, nil
}

// storeDeals writes each fact's deal.
func storeDeals(ctx context.Context, tx pgx.Tx, deals []domain.Deal) error {
	var b pgx.Batch
	for i := range deals {
		d := &deals[i]
		val, year := rows.DealValues(d)
		b.Queue(`UPDATE facts SET deal_id = $1, deal_value = $2, deal_year = $3 WHERE id = ANY($4)
			AND (deal_id IS DISTINCT FROM $1 OR deal_value IS DISTINCT FROM $2::double precision OR deal_year IS DISTINCT FROM $3::integer)`,
			d.ID, val, year, d.FactIDs)
	}
	return tx.SendBatch(ctx, &b).Close()
}

// assignUnassigned assigns every fact its deal when some fact has no deal
// key yet (a register stored before 008_deal_ids), under the migration
// lock so that two processes opening it do the work once.
func (s *Store) assignUnassigned(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLockKey); err != nil {
		return err
	}
	var missing bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM facts WHERE deal_key IS NULL OR deal_key <> '' AND deal_day IS NULL)`).Scan(&missing); err != nil {
		return err
	}
	if !missing {
		return nil
	}
	rfs, err := reviewedFacts(ctx, tx, ``)
	if err != nil {
		return err
	}
	keys := rows.DealKeys(rfs)
	var b pgx.Batch
	facts := make([]domain.StoredFact, 0, len(rfs))
	for i := range rfs {
		var day any
		if keys[i] != "" {
			day = resolve.EventDay(&rfs[i].StoredFact)
			facts = append(facts, rfs[i].StoredFact)
		}
		b.Queue(setKeySQL, keys[i], rfs[i].ID, day)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}
	groups, err := dupGroups(ctx, tx, `SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL`)
	if err != nil {
		return err
	}
	if err := storeDeals(ctx, tx, resolve.Resolve(facts, resolve.Options{Groups: groups})); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
