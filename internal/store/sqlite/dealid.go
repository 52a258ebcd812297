package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

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
// and have after it (resolveWindow, found through facts_deal_order), not
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

// dealWork counts the rows deal assignment reads (walked and resolved):
// the growth test's measure of its work.
var dealWork atomic.Int64

// assignDeals recomputes the deal keys of the facts of documents docIDs
// and resolves again, in every key they had (old, read with docKeys
// before the write when it removes facts) or have now, the window of
// deals around the positions they had or have (resolveWindow).
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
	dealWork.Add(int64(len(rfs)))
	keys := factKeys(rfs)
	stmt, err := s.txStmt(ctx, tx, setKeySQL)
	if err != nil {
		return err
	}
	spans := rows.DealSpans{}
	for _, r := range old {
		spans.Add(r.Key, r.DealPos)
	}
	for _, r := range before {
		spans.Add(r.Key, r.DealPos)
	}
	changed := make(map[int64]bool, len(rfs))
	for i, rf := range rfs {
		changed[rf.ID] = true
		var day any
		if keys[i] != "" {
			d := resolve.EventDay(&rf.StoredFact)
			day = d
			spans.Add(keys[i], rows.DealPos{Day: d, ID: rf.ID})
		}
		if _, err := stmt.ExecContext(ctx, keys[i], day, keys[i], keys[i], keys[i], rf.ID, keys[i], day); err != nil {
			return err
		}
	}
	touched := slices.Sorted(maps.Keys(spans))
	for _, k := range touched {
		if err := s.resolveWindow(ctx, tx, reviews, k, *spans[k], changed); err != nil {
			return fmt.Errorf("deal key %q: %w", k, err)
		}
	}
	return nil
}

// walker reads a key's stored facts in resolution order (facts_deal_order).
type walker struct {
	ctx context.Context
	tx  cachedTx
}

func (w walker) Before(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return w.rows(n, `SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = ? AND (deal_day, id) < (?, ?)
		ORDER BY deal_day DESC, id DESC LIMIT ?`, key, p.Day, p.ID, n)
}

func (w walker) After(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return w.rows(n, `SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = ? AND (deal_day, id) > (?, ?)
		ORDER BY deal_day, id LIMIT ?`, key, p.Day, p.ID, n)
}

func (w walker) rows(n int, query string, args ...any) ([]rows.DealRow, error) {
	rs, err := w.tx.QueryContext(w.ctx, query, args...)
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

// resolveWindow resolves again the deals of key k that a write changing
// its facts at positions span (the facts changed) may change: from the
// first fact of the stored deal before the span (rows.WindowStart) to a
// stored cut after it (rows.DealCuts) at which the new resolution cuts
// too, so that the deals on both sides stay as stored. When the new
// resolution runs over the first cut, the window grows to the next; at
// the last, to the key's end. A notice's package that the window would
// split (its facts dated apart) makes it resolve the whole key.
func (s *Store) resolveWindow(ctx context.Context, tx *sql.Tx, reviews bool, k string, span rows.DealSpan, changed map[int64]bool) error {
	q := cachedTx{s, tx}
	w := walker{ctx, q}
	start, bounded, read, err := rows.WindowStart(w, k, span.Lo, changed)
	if err != nil {
		return err
	}
	dealWork.Add(int64(read))
	cuts := rows.NewCutter(w, k, span.Hi, changed)
	for i := 0; ; i++ {
		cond, args := ` WHERE f.deal_key = ?`, []any{k}
		if bounded {
			cond += ` AND (f.deal_day, f.id) >= (?, ?)`
			args = append(args, start.Day, start.ID)
		}
		check, okCheck, err := cuts.Cut(i)
		if err != nil {
			return err
		}
		end, okEnd, err := cuts.Cut(i + 1)
		if err != nil {
			return err
		}
		dealWork.Add(int64(cuts.Read()))
		if okEnd {
			cond += ` AND (f.deal_day, f.id) < (?, ?)`
			args = append(args, end.Day, end.ID)
		}
		rfs, err := queryRegisterOn(ctx, q, reviews, false, cond, args...)
		if err != nil {
			return err
		}
		dealWork.Add(int64(len(rfs)))
		facts := storedFacts(rfs)
		if (bounded || okEnd) && splitsPackage(ctx, q, k, facts) {
			return s.resolveKey(ctx, tx, reviews, k)
		}
		groups, err := dupGroupsOf(ctx, q, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id`+
			cond+` AND d.dup_of IS NOT NULL`, args...)
		if err != nil {
			return err
		}
		deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
		if okEnd && okCheck && !startsDeal(deals, check.ID) {
			continue // the new resolution does not cut there: a larger window
		}
		return s.storeDeals(ctx, tx, deals)
	}
}

// startsDeal says whether a deal's first fact (in resolution order) is id.
func startsDeal(deals []domain.Deal, id int64) bool {
	for i := range deals {
		if len(deals[i].FactIDs) > 0 && deals[i].FactIDs[0] == id {
			return true
		}
	}
	return false
}

// splitsPackage says whether a notice's package (resolve.Keys: the facts
// of one notice of one document share their key) has facts of key k
// outside facts, so that resolving facts alone would give its facts other
// roles.
func splitsPackage(ctx context.Context, tx cachedTx, k string, facts []domain.StoredFact) bool {
	in := map[string]int{}
	for i := range facts {
		if facts[i].Notice != nil {
			in[facts[i].DocumentID] = 0
		}
	}
	if len(in) == 0 {
		return false
	}
	for i := range facts {
		if _, ok := in[facts[i].DocumentID]; ok {
			in[facts[i].DocumentID]++
		}
	}
	for doc, n := range in {
		var all int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM facts WHERE deal_key = ? AND document_id = ?`, k, doc).Scan(&all); err != nil || all != n {
			return true
		}
	}
	return false
}

// factKeys is each fact's deal key; "" for a rejected fact or one that
// makes no deal.
func factKeys(rfs []domain.RegisterFact) []string {
	sfs := make([]domain.StoredFact, 0, len(rfs))
	var at []int
	for i := range rfs {
		if rfs[i].ReviewStatus == domain.ReviewRejected {
			continue
		}
		sfs = append(sfs, rfs[i].StoredFact)
		at = append(at, i)
	}
	keys := make([]string, len(rfs))
	for j, k := range resolve.Keys(sfs) {
		keys[at[j]] = k
	}
	return keys
}

// resolveKey resolves the facts stored with deal key k into deals and
// stores each fact's deal, its value and year.
func (s *Store) resolveKey(ctx context.Context, tx *sql.Tx, reviews bool, k string) error {
	rfs, err := queryRegisterOn(ctx, tx, reviews, false, ` WHERE f.deal_key = ? ORDER BY f.id`, k)
	if err != nil {
		return err
	}
	groups, err := dupGroupsOf(ctx, tx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = ? AND d.dup_of IS NOT NULL`, k)
	if err != nil {
		return err
	}
	facts := storedFacts(rfs)
	dealWork.Add(int64(len(facts)))
	return s.storeDeals(ctx, tx, resolve.Resolve(facts, resolve.Options{Groups: groups}))
}

// storeDeals writes each fact's deal.
func (s *Store) storeDeals(ctx context.Context, tx *sql.Tx, deals []domain.Deal) error {
	stmt, err := s.txStmt(ctx, tx, `UPDATE facts SET deal_id = ?, deal_value = ?, deal_year = ? WHERE id = ?
		AND (deal_id IS NOT ? OR deal_value IS NOT ? OR deal_year IS NOT ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range deals {
		d := &deals[i]
		var val, year any
		if d.ValueUSD > 0 {
			val = d.ValueUSD
		}
		if d.Year > 0 {
			year = d.Year
		}
		for _, id := range d.FactIDs {
			if _, err := stmt.ExecContext(ctx, d.ID, val, year, id, d.ID, val, year); err != nil {
				return err
			}
		}
	}
	return nil
}

// dupGroupsOf reads (document id, dup_of) rows into a map.
func dupGroupsOf(ctx context.Context, tx sqlreg.Querier, query string, args ...any) (map[string]string, error) {
	rs, err := tx.QueryContext(ctx, query, args...)
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
	keys := factKeys(rfs)
	facts := make([]domain.StoredFact, 0, len(rfs))
	for i := range rfs {
		if keys[i] != "" {
			facts = append(facts, rfs[i].StoredFact)
		}
	}
	groups, err := dupGroupsOf(ctx, tx, `SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL`)
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
		if d.ValueUSD > 0 {
			x.value = d.ValueUSD
		}
		if d.Year > 0 {
			x.year = d.Year
		}
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
