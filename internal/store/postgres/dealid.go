package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
)

// This file keeps each fact's deal (008_deal_ids.sql), as the sqlite
// adapter's dealid.go does: a fact's deal key (resolve.Keys) is computed
// from the fact as reviewed, and the deals of a key are resolve.Resolve
// over every fact stored with it (the facts_deal_key index). Writers
// (SaveDocument, AddFact, ReplaceFacts, ReviewFact) call assignDeals in
// their own transaction; Open assigns rows stored before 007.
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

// setKeySQL sets a fact's deal key ($1) and clears the deal of a fact
// that has no key.
const setKeySQL = `UPDATE facts SET deal_key = $1,
	deal_id = CASE WHEN $1 = '' THEN NULL ELSE deal_id END,
	deal_value = CASE WHEN $1 = '' THEN NULL ELSE deal_value END
	WHERE id = $2 AND deal_key IS DISTINCT FROM $1`

// docKeys reads the deal keys the facts of documents have now.
func docKeys(ctx context.Context, tx pgx.Tx, docIDs []string) ([]string, error) {
	rs, err := tx.Query(ctx, `SELECT DISTINCT deal_key FROM facts WHERE document_id = ANY($1) AND deal_key <> ''`, docIDs)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rs, pgx.RowTo[string])
}

// assignDeals recomputes the deal keys of the facts of documents docIDs
// and resolves again every key they had (oldKeys, read with docKeys
// before a write that removes facts) or have now.
func assignDeals(ctx context.Context, tx pgx.Tx, docIDs []string, oldKeys []string) error {
	before, err := docKeys(ctx, tx, docIDs)
	if err != nil {
		return err
	}
	rfs, err := reviewedFacts(ctx, tx, `WHERE f.document_id = ANY($1)`, docIDs)
	if err != nil {
		return err
	}
	keys := factKeys(rfs)
	touched := append(append(slices.Clone(oldKeys), before...), keys...)
	slices.Sort(touched)
	touched = slices.DeleteFunc(slices.Compact(touched), func(k string) bool { return k == "" })
	for _, k := range touched {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, dealLockSpace, k); err != nil {
			return err
		}
	}
	var b pgx.Batch
	for i, rf := range rfs {
		b.Queue(setKeySQL, keys[i], rf.ID)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}
	for _, k := range touched {
		if err := resolveKey(ctx, tx, k); err != nil {
			return fmt.Errorf("deal key %q: %w", k, err)
		}
	}
	return nil
}

// resolveKey resolves the facts stored with deal key k into deals and
// stores each fact's deal, its value and year.
func resolveKey(ctx context.Context, tx pgx.Tx, k string) error {
	rfs, err := reviewedFacts(ctx, tx, `WHERE f.deal_key = $1`, k)
	if err != nil {
		return err
	}
	rs, err := tx.Query(ctx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = $1 AND d.dup_of IS NOT NULL`, k)
	if err != nil {
		return err
	}
	groups := map[string]string{}
	var id, dup string
	if _, err := pgx.ForEachRow(rs, []any{&id, &dup}, func() error { groups[id] = dup; return nil }); err != nil {
		return err
	}
	facts := make([]domain.StoredFact, len(rfs))
	for i := range rfs {
		facts[i] = rfs[i].StoredFact
	}
	return storeDeals(ctx, tx, facts, groups)
}

// storeDeals resolves facts into deals and writes each fact's deal.
func storeDeals(ctx context.Context, tx pgx.Tx, facts []domain.StoredFact, groups map[string]string) error {
	deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
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
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM facts WHERE deal_key IS NULL)`).Scan(&missing); err != nil {
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
		b.Queue(setKeySQL, keys[i], rfs[i].ID)
		if keys[i] != "" {
			facts = append(facts, rfs[i].StoredFact)
		}
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}
	rs, err := tx.Query(ctx, `SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL`)
	if err != nil {
		return err
	}
	groups := map[string]string{}
	var id, dup string
	if _, err := pgx.ForEachRow(rs, []any{&id, &dup}, func() error { groups[id] = dup; return nil }); err != nil {
		return err
	}
	if err := storeDeals(ctx, tx, facts, groups); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
