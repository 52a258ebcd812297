package postgres

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync/atomic"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file keeps each fact's deal (008_deal_ids.sql, 010_deal_days.sql),
// as the sqlite adapter's dealid.go does: a fact's deal key (resolve.Keys)
// and day (resolve.EventDay) are computed from the fact as reviewed; a
// deal is a run of its key's facts in (deal_day, id) order, so a write
// resolves again only the window of deals around the facts it changes
// (resolveWindow, through the facts_deal_order index), not every fact of
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

// reviewedFact is a fact as reviewed, with its review's status.
type reviewedFact struct {
	domain.StoredFact
	status string
}

// reviewedFacts reads the facts cond selects (a WHERE clause over f),
// reviewed, in id order.
func reviewedFacts(ctx context.Context, tx pgx.Tx, cond string, args ...any) ([]reviewedFact, error) {
	rs, err := tx.Query(ctx, `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body,
			r.correction, COALESCE(r.status, '')
		FROM facts f JOIN documents d ON d.id = f.document_id`+joinReviews+` `+cond+` ORDER BY f.id`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, func(row pgx.CollectableRow) (reviewedFact, error) {
		var (
			rf reviewedFact
			c  *domain.Correction
		)
		err := row.Scan(&rf.ID, &rf.DocumentID, &rf.Source, &rf.Language, &rf.Published, &rf.Fact, &c, &rf.status)
		if rf.status != domain.ReviewRejected {
			c.Apply(&rf.Fact)
		}
		return rf, err
	})
}

// factKeys is each fact's deal key; "" for a rejected fact or one that
// makes no deal.
func factKeys(rfs []reviewedFact) []string {
	sfs := make([]domain.StoredFact, 0, len(rfs))
	var at []int
	for i := range rfs {
		if rfs[i].status == domain.ReviewRejected {
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
// deals around the positions they had or have (resolveWindow).
func assignDeals(ctx context.Context, tx pgx.Tx, docIDs []string, old []rows.DealRef) error {
	before, err := docKeys(ctx, tx, docIDs)
	if err != nil {
		return err
	}
	rfs, err := reviewedFacts(ctx, tx, `WHERE f.document_id = ANY($1)`, docIDs)
	if err != nil {
		return err
	}
	keys := factKeys(rfs)
	spans := rows.DealSpans{}
	for _, r := range old {
		spans.Add(r.Key, r.DealPos)
	}
	for _, r := range before {
		spans.Add(r.Key, r.DealPos)
	}
	changed := make(map[int64]bool, len(rfs))
	days := make([]any, len(rfs))
	for i := range rfs {
		changed[rfs[i].ID] = true
		if keys[i] != "" {
			d := resolve.EventDay(&rfs[i].StoredFact)
			days[i] = d
			spans.Add(keys[i], rows.DealPos{Day: d, ID: rfs[i].ID})
		}
	}
	touched := slices.Sorted(maps.Keys(spans))
	for _, k := range touched {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, dealLockSpace, k); err != nil {
			return err
		}
	}
	var b pgx.Batch
	for i, rf := range rfs {
		b.Queue(setKeySQL, keys[i], rf.ID, days[i])
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}
	for _, k := range touched {
		if err := resolveWindow(ctx, tx, k, *spans[k], changed); err != nil {
			return fmt.Errorf("deal key %q: %w", k, err)
		}
	}
	return nil
}

// dealWork counts the rows deal assignment reads (walked and resolved):
// the growth test's measure of its work.
var dealWork atomic.Int64

// walker reads a key's stored facts in resolution order (facts_deal_order).
type walker struct {
	ctx context.Context
	tx  pgx.Tx
}

func (w walker) Before(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return w.rows(`SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = $1 AND (deal_day, id) < ($2, $3)
		ORDER BY deal_day DESC, id DESC LIMIT $4`, key, p.Day, p.ID, n)
}

func (w walker) After(key string, p rows.DealPos, n int) ([]rows.DealRow, error) {
	return w.rows(`SELECT deal_day, id, COALESCE(deal_id, '') FROM facts WHERE deal_key = $1 AND (deal_day, id) > ($2, $3)
		ORDER BY deal_day, id LIMIT $4`, key, p.Day, p.ID, n)
}

func (w walker) rows(query string, args ...any) ([]rows.DealRow, error) {
	rs, err := w.tx.Query(w.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, func(row pgx.CollectableRow) (rows.DealRow, error) {
		var r rows.DealRow
		err := row.Scan(&r.Day, &r.ID, &r.Deal)
		return r, err
	})
}

// resolveWindow resolves again the deals of key k that a write changing
// its facts at positions span (the facts changed) may change, as the
// sqlite adapter's resolveWindow does: from the first fact of the stored
// deal before the span to a stored cut after it at which the new
// resolution cuts too.
func resolveWindow(ctx context.Context, tx pgx.Tx, k string, span rows.DealSpan, changed map[int64]bool) error {
	w := walker{ctx, tx}
	start, bounded, read, err := rows.WindowStart(w, k, span.Lo, changed)
	if err != nil {
		return err
	}
	dealWork.Add(int64(read))
	cuts := rows.NewCutter(w, k, span.Hi, changed)
	for i := 0; ; i++ {
		cond, args := `WHERE f.deal_key = $1`, []any{k}
		if bounded {
			cond += ` AND (f.deal_day, f.id) >= ($2, $3)`
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
			cond += fmt.Sprintf(` AND (f.deal_day, f.id) < ($%d, $%d)`, len(args)+1, len(args)+2)
			args = append(args, end.Day, end.ID)
		}
		rfs, err := reviewedFacts(ctx, tx, cond, args...)
		if err != nil {
			return err
		}
		dealWork.Add(int64(len(rfs)))
		facts := make([]domain.StoredFact, len(rfs))
		for i := range rfs {
			facts[i] = rfs[i].StoredFact
		}
		if bounded || okEnd {
			split, err := splitsPackage(ctx, tx, k, facts)
			if err != nil {
				return err
			}
			if split {
				return resolveKey(ctx, tx, k)
			}
		}
		docs := make([]string, len(facts))
		for i := range facts {
			docs[i] = facts[i].DocumentID
		}
		groups, err := dupGroups(ctx, tx, `SELECT id, dup_of FROM documents WHERE id = ANY($1) AND dup_of IS NOT NULL`, docs)
		if err != nil {
			return err
		}
		deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
		if okEnd && okCheck && !startsDeal(deals, check.ID) {
			continue // the new resolution does not cut there: a larger window
		}
		return storeDeals(ctx, tx, deals)
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

// splitsPackage says whether a notice's package has facts of key k
// outside facts (see the sqlite adapter's).
func splitsPackage(ctx context.Context, tx pgx.Tx, k string, facts []domain.StoredFact) (bool, error) {
	in := map[string]int{}
	for i := range facts {
		if facts[i].Notice != nil {
			in[facts[i].DocumentID] = 0
		}
	}
	if len(in) == 0 {
		return false, nil
	}
	for i := range facts {
		if _, ok := in[facts[i].DocumentID]; ok {
			in[facts[i].DocumentID]++
		}
	}
	for doc, n := range in {
		var all int
		if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM facts WHERE deal_key = $1 AND document_id = $2`, k, doc).Scan(&all); err != nil {
			return false, err
		}
		if all != n {
			return true, nil
		}
	}
	return false, nil
}

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

// resolveKey resolves the facts stored with deal key k into deals and
// stores each fact's deal, its value and year.
func resolveKey(ctx context.Context, tx pgx.Tx, k string) error {
	rfs, err := reviewedFacts(ctx, tx, `WHERE f.deal_key = $1`, k)
	if err != nil {
		return err
	}
	dealWork.Add(int64(len(rfs)))
	groups, err := dupGroups(ctx, tx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = $1 AND d.dup_of IS NOT NULL`, k)
	if err != nil {
		return err
	}
	facts := make([]domain.StoredFact, len(rfs))
	for i := range rfs {
		facts[i] = rfs[i].StoredFact
	}
	return storeDeals(ctx, tx, resolve.Resolve(facts, resolve.Options{Groups: groups}))
}

// storeDeals writes each fact's deal.
func storeDeals(ctx context.Context, tx pgx.Tx, deals []domain.Deal) error {
	var b pgx.Batch
	for i := range deals {
		d := &deals[i]
		var val, year any
		if d.ValueUSD > 0 {
			val = d.ValueUSD
		}
		if d.Year > 0 {
			year = d.Year
		}
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
	keys := factKeys(rfs)
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
