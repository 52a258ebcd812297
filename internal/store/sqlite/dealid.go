package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// This file keeps each fact's deal (008_deal_ids.sql), so that totals
// (Rank, Table, Flows, PairSheet) count a deal once, however many
// documents report it, with the value the resolve stage gives it.
//
// A fact's deal key (resolve.Keys) is computed from the fact as reviewed,
// with its day (resolve.EventDay, 009_deal_days). A deal is a run of its
// key's facts in (deal_day, id) order, so a write resolves again only the
// window of deals around the positions its documents' facts had before it
// and have after it (rows.ResolveWindow, found through facts_deal_order), not
// every fact of the key: ingesting many documents about one key costs in
// proportion to the deals they touch. Writers call assignDeals in their own
// transaction: SaveDocument, AddFact, ReplaceFacts (reextract) and
// ReviewFact. BulkLoad and Open (for rows stored before 008 or 009) assign
// every fact at once (assignAll).
//
// UpdateNearDuplicates resolves again the deals of the documents it
// regroups: the groups count a deal's sources, which weigh its figures.

// dealFactsWhere selects the facts of the deal types.
var dealFactsWhere = `f.type IN ('` + strings.Join(dealTypes, `', '`) + `')`

// setKeySQL sets a fact's deal key and day (key, day, key, key, key, id,
// key, day); a fact with no key (rejected, or no deal) has no deal either.
const setKeySQL = `UPDATE facts SET deal_key = ?, deal_day = ?, deal_id = CASE WHEN ? = '' THEN NULL ELSE deal_id END,
	deal_value = CASE WHEN ? = '' THEN NULL ELSE deal_value END, deal_year = CASE WHEN ? = '' THEN NULL ELSE deal_year END
	WHERE id = ? AND (deal_key IS NOT ? OR deal_day IS NOT ?)`

// docKeys reads the deal keys and positions the facts of documents have
// now.
func docKeys(ctx context.Context, tx sqlreg.Querier, docIDs []string) ([]rows.DealRef, error) {
	var w where
	w.in("document_id", docIDs)
	rs, err := tx.QueryContext(ctx, `SELECT deal_key, COALESCE(deal_day, 0), id FROM facts`+w.sql()+` AND deal_key IS NOT NULL AND deal_key <> ''`, w.args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []rows.DealRef
	for rs.Next() {
		var r rows.DealRef
		if err := rs.Scan(&r.Key, &r.Day, &r.ID); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// assignDeals recomputes the deal keys of the facts of documents docIDs
// and resolves again, in every key they had (old, read with docKeys
// before the write when it removes facts) or have now, the window of
// deals around the positions they had or have (rows.ResolveWindow).
func (s *Store) assignDeals(ctx context.Context, tx *sql.Tx, docIDs []string, old []rows.DealRef) error {
	q := cachedTx{s, tx}
	before, err := docKeys(ctx, q, docIDs)
	if err != nil {
		return err
	}
	reviews, err := txHasReviews(ctx, q)
	if err != nil {
		return err
	}
	var w where
	w.in("f.document_id", docIDs)
	rfs, err := queryRegisterOn(ctx, q, reviews, false, w.sql()+" ORDER BY f.id", w.args...)
	if err != nil {
		return err
	}
	s.dealWork.Add(int64(len(rfs)))
	keys := rows.DealKeys(rfs)
	stmt, err := s.txStmt(ctx, tx, setKeySQL)
	if err != nil {
		return err
	}
	plan := rows.PlanDeals(rfs, keys, old, before)
	for i, rf := range rfs {
		day := plan.Days[i]
		if _, err := stmt.ExecContext(ctx, keys[i], day, keys[i], keys[i], keys[i], rf.ID, keys[i], day); err != nil {
			return err
		}
	}
	return plan.ResolveTouched(&dealTx{ctx: ctx, s: s, tx: tx, reviews: reviews}, &s.dealWork)
}

// dealTx runs deal assignment's queries (rows.DealTx) in a transaction;
// reviews says whether the register has reviews. It keeps the WHERE
// clause of the last window it read (WindowFacts), for WindowGroups.
type dealTx struct {
	ctx     context.Context
	s       *Store
	tx      *sql.Tx
	reviews bool

	w    rows.DealWindow
	cond string
	args []any
}

// Before and After read a key's stored facts in resolution order
// (facts_deal_order).
func (t *dealTx) Before(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return t.rows(n, `SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = ? AND (deal_day, id) < (?, ?)
		ORDER BY deal_day DESC, id DESC LIMIT ?`, key, p.Day, p.ID, n)
}

func (t *dealTx) After(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return t.rows(n, `SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = ? AND (deal_day, id) > (?, ?)
		ORDER BY deal_day, id LIMIT ?`, key, p.Day, p.ID, n)
}

func (t *dealTx) rows(n int, query string, args ...any) ([]rows.DealRow, error) {
	rs, err := cachedTx{t.s, t.tx}.QueryContext(t.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := make([]rows.DealRow, 0, n)
	var (
		deal string
		raw  sql.RawBytes
	)
	for rs.Next() {
		var r rows.DealRow
		if err := rs.Scan(&r.Day, &r.ID, &raw); err != nil {
			return nil, err
		}
		if string(raw) != deal { // a run of facts of one deal shares one string
			deal = string(raw)
		}
		r.Deal = deal
		out = append(out, r)
	}
	return out, rs.Err()
}

// window is the WHERE clause of the facts f that w selects, and its
// arguments.
func (t *dealTx) window(w rows.DealWindow) (string, []any) {
	if t.cond != "" && t.w == w {
		return t.cond, t.args
	}
	cond, args := ` WHERE f.deal_key = ?`, []any{w.Key}
	if w.HasFrom {
		cond += ` AND (f.deal_day, f.id) >= (?, ?)`
		args = append(args, w.From.Day, w.From.ID)
	}
	if w.HasTo {
		cond += ` AND (f.deal_day, f.id) < (?, ?)`
		args = append(args, w.To.Day, w.To.ID)
	}
	t.w, t.cond, t.args = w, cond, args
	return cond, args
}

func (t *dealTx) WindowFacts(w rows.DealWindow) ([]domain.StoredFact, error) {
	cond, args := t.window(w)
	rfs, err := queryRegisterOn(t.ctx, cachedTx{t.s, t.tx}, t.reviews, false, cond, args...)
	if err != nil {
		return nil, err
	}
	return storedFacts(rfs), nil
}

func (t *dealTx) WindowGroups(w rows.DealWindow, _ []domain.StoredFact) (map[string]string, error) {
	cond, args := t.window(w)
	return sqlreg.ReadGroups(t.ctx, cachedTx{t.s, t.tx}, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id`+
		cond+` AND d.dup_of IS NOT NULL`, args...)
}

func (t *dealTx) KeyFacts(k string) ([]domain.StoredFact, error) {
	rfs, err := queryRegisterOn(t.ctx, t.tx, t.reviews, false, ` WHERE f.deal_key = ? ORDER BY f.id`, k)
	if err != nil {
		return nil, err
	}
	return storedFacts(rfs), nil
}

func (t *dealTx) KeyGroups(k string) (map[string]string, error) {
	return sqlreg.ReadGroups(t.ctx, t.tx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = ? AND d.dup_of IS NOT NULL`, k)
}

// KeyDocCount counts -1 when the count fails: a package that cannot be
// counted is taken as split, and its whole key resolved.
func (t *dealTx) KeyDocCount(k, doc string) (int, error) {
	var all int
	if err := (cachedTx{t.s, t.tx}).QueryRowContext(t.ctx, `SELECT COUNT(*) FROM facts WHERE deal_key = ? AND document_id = ?`, k, doc).Scan(&all); err != nil {
		return -1, nil
	}
	return all, nil
}

// StoreDeals writes each fact's deal.
func (t *dealTx) StoreDeals(deals []domain.Deal) error {
	stmt, err := t.s.txStmt(t.ctx, t.tx, `UPDATE facts SET deal_id = ?, deal_value = ?, deal_year = ? WHERE id = ?
		AND (deal_id IS NOT ? OR deal_value IS NOT ? OR deal_year IS NOT ?)`)
	if err != nil {
		return err
	}
	// (not closed here: the transaction closes it, and in a foreign
	// transaction it is kept for the next use: foreignStmts)
	for i := range deals {
		d := &deals[i]
		val, year := rows.DealValues(d)
		for _, id := range d.FactIDs {
			if _, err := stmt.ExecContext(t.ctx, d.ID, val, year, id, d.ID, val, year); err != nil {
				return err
			}
		}
	}
	return nil
}

// txHasReviews is hasReviews inside a transaction.
func txHasReviews(ctx context.Context, tx interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}) (bool, error) {
	var b bool
	err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM fact_reviews)`).Scan(&b)
	return b, err
}

// assignAll assigns every fact its deal: the keys of all facts, then one
// resolution of them all, then one write per fact. It is BulkLoad's last
// step and Open's for rows stored before 008_deal_ids (only when some
// fact has no key yet).
func (s *Store) assignAll(ctx context.Context, tx *sql.Tx) error {
	reviews, err := txHasReviews(ctx, tx)
	if err != nil {
		return err
	}
	rfs, err := queryRegisterOn(ctx, tx, reviews, false, ` ORDER BY f.id`)
	if err != nil {
		return err
	}
	keys := rows.DealKeys(rfs)
	facts := make([]domain.StoredFact, 0, len(rfs))
	for i := range rfs {
		if keys[i] != "" {
			facts = append(facts, rfs[i].StoredFact)
		}
	}
	groups, err := sqlreg.ReadGroups(ctx, tx, `SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL`)
	if err != nil {
		return err
	}
	days := make([]any, len(rfs))
	for i := range rfs {
		if keys[i] != "" {
			days[i] = resolve.EventDay(&rfs[i].StoredFact)
		}
	}
	type dealOf struct {
		id          string
		value, year any
	}
	of := make(map[int64]dealOf, len(facts))
	deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
	facts = nil
	for i := range deals {
		d := &deals[i]
		x := dealOf{id: d.ID}
		x.value, x.year = rows.DealValues(d)
		for _, id := range d.FactIDs {
			of[id] = x
		}
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE facts SET deal_key = ?, deal_day = ?, deal_id = ?, deal_value = ?, deal_year = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range rfs {
		x, ok := of[rfs[i].ID]
		var id any
		if ok {
			id = x.id
		}
		if _, err := stmt.ExecContext(ctx, keys[i], days[i], id, x.value, x.year, rfs[i].ID); err != nil {
			return err
		}
	}
	return nil
}

// assignUnassigned runs assignAll when some fact has no deal key or day
// yet (a register stored before 008_deal_ids or 009_deal_days, or by an
// older build).
func (s *Store) assignUnassigned(ctx context.Context) error {
	var missing bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM facts WHERE deal_key IS NULL OR deal_key <> '' AND deal_day IS NULL)`).Scan(&missing); err != nil {
		return err
	}
	if !missing {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Every row changes: the key's index is built again after them, which
	// is much faster than updating it row by row.
	if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS facts_deal_order`); err != nil {
		return err
	}
	if err := s.assignAll(ctx, tx); err != nil {
		return fmt.Errorf("assign deals: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE INDEX facts_deal_order ON facts (deal_key, deal_day, id)`); err != nil {
		return err
	}
	return tx.Commit()
}
