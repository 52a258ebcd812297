package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
)

// This file keeps each fact's deal (008_deal_ids.sql), so that totals
// (Rank, Table, Flows, PairSheet) count a deal once, however many
// documents report it, with the value the resolve stage gives it.
//
// A fact's deal key (resolve.Keys) is computed from the fact as reviewed;
// the deals of a key are resolve.Resolve over every fact stored with that
// key (the facts_deal_key index), so a write resolves only the keys it
// touches: the keys its documents' facts had before it and have after
// it. Writers call assignDeals in their own transaction: SaveDocument,
// AddFact, ReplaceFacts (reextract) and ReviewFact. BulkLoad and Open
// (for rows stored before 008) assign every fact at once (assignAll).
//
// UpdateNearDuplicates resolves again the deals of the documents it
// regroups: the groups count a deal's sources, which weigh its figures.

// dealFactsWhere selects the facts of the deal types.
var dealFactsWhere = `f.type IN ('` + strings.Join(dealTypes, `', '`) + `')`

// setKeySQL sets a fact's deal key (key, key, id, key); a fact with no
// key (rejected, or no deal) has no deal either.
const setKeySQL = `UPDATE facts SET deal_key = ?, deal_id = CASE WHEN ? = '' THEN NULL ELSE deal_id END,
	deal_value = CASE WHEN deal_key = '' THEN NULL ELSE deal_value END
	WHERE id = ? AND deal_key IS NOT ?`

// docKeys reads the deal keys the facts of documents have now.
func docKeys(ctx context.Context, tx *sql.Tx, docIDs []string) ([]string, error) {
	var w where
	w.in("document_id", docIDs)
	rs, err := tx.QueryContext(ctx, `SELECT DISTINCT deal_key FROM facts`+w.sql()+` AND deal_key IS NOT NULL AND deal_key <> ''`, w.args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var k string
		if err := rs.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rs.Err()
}

// assignDeals recomputes the deal keys of the facts of documents docIDs
// and resolves again every key they had (oldKeys, read with docKeys
// before the write when it removes facts) or have now.
func (s *Store) assignDeals(ctx context.Context, tx *sql.Tx, docIDs []string, oldKeys []string) error {
	before, err := docKeys(ctx, tx, docIDs)
	if err != nil {
		return err
	}
	reviews, err := txHasReviews(ctx, tx)
	if err != nil {
		return err
	}
	var w where
	w.in("f.document_id", docIDs)
	rfs, err := queryRegisterOn(ctx, tx, reviews, false, w.sql()+" ORDER BY f.id", w.args...)
	if err != nil {
		return err
	}
	keys := factKeys(rfs)
	stmt, err := tx.PrepareContext(ctx, setKeySQL)
	if err != nil {
		return err
	}
	defer stmt.Close()
	touched := append(slices.Clone(oldKeys), before...)
	for i, rf := range rfs {
		if _, err := stmt.ExecContext(ctx, keys[i], keys[i], rf.ID, keys[i]); err != nil {
			return err
		}
		touched = append(touched, keys[i])
	}
	slices.Sort(touched)
	for _, k := range slices.Compact(touched) {
		if k == "" {
			continue
		}
		if err := resolveKey(ctx, tx, reviews, k); err != nil {
			return fmt.Errorf("deal key %q: %w", k, err)
		}
	}
	return nil
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
func resolveKey(ctx context.Context, tx *sql.Tx, reviews bool, k string) error {
	rfs, err := queryRegisterOn(ctx, tx, reviews, false, ` WHERE f.deal_key = ? ORDER BY f.id`, k)
	if err != nil {
		return err
	}
	groups, err := dupGroupsOf(ctx, tx, `SELECT DISTINCT d.id, d.dup_of FROM facts f JOIN documents d ON d.id = f.document_id
		WHERE f.deal_key = ? AND d.dup_of IS NOT NULL`, k)
	if err != nil {
		return err
	}
	return storeDeals(ctx, tx, storedFacts(rfs), groups)
}

// storeDeals resolves facts into deals and writes each fact's deal.
func storeDeals(ctx context.Context, tx *sql.Tx, facts []domain.StoredFact, groups map[string]string) error {
	deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
	stmt, err := tx.PrepareContext(ctx, `UPDATE facts SET deal_id = ?, deal_value = ?, deal_year = ? WHERE id = ?
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
func dupGroupsOf(ctx context.Context, tx *sql.Tx, query string, args ...any) (map[string]string, error) {
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
func txHasReviews(ctx context.Context, tx *sql.Tx) (bool, error) {
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
	stmt, err := tx.PrepareContext(ctx, `UPDATE facts SET deal_key = ?, deal_id = ?, deal_value = ?, deal_year = ? WHERE id = ?`)
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
		if _, err := stmt.ExecContext(ctx, keys[i], id, x.value, x.year, rfs[i].ID); err != nil {
			return err
		}
	}
	return nil
}

// assignUnassigned runs assignAll when some fact has no deal key yet (a
// register stored before 008_deal_ids, or by an older build).
func (s *Store) assignUnassigned(ctx context.Context) error {
	var missing bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM facts WHERE deal_key IS NULL)`).Scan(&missing); err != nil {
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
	if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS facts_deal_key`); err != nil {
		return err
	}
	if err := s.assignAll(ctx, tx); err != nil {
		return fmt.Errorf("assign deals: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE INDEX facts_deal_key ON facts (deal_key)`); err != nil {
		return err
	}
	return tx.Commit()
}
