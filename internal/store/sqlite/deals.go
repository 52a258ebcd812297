package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

var _ domain.SimHashSetter = (*Store)(nil)

// SetSimHash stores a document's near-duplicate fingerprint.
func (s *Store) SetSimHash(ctx context.Context, docID string, h uint64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE documents SET simhash = ? WHERE id = ?`, int64(h), docID); err != nil {
		return fmt.Errorf("sqlite: set simhash of %q: %w", docID, err)
	}
	return nil
}

// UpdateNearDuplicates fingerprints the documents that have no fingerprint
// yet (with hash), then regroups all documents (with group, which maps a
// copy's id to its group's first document, given the documents in
// ingestion order) and stores each document's dup_of. It returns the
// number of documents that are copies.
func (s *Store) UpdateNearDuplicates(ctx context.Context, hash func(text string) uint64, group func([]domain.DocHash) map[string]string) (int, error) {
	if err := s.backfillSimHash(ctx, hash); err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, COALESCE(simhash, 0), COALESCE(dup_of, '') FROM documents ORDER BY seq`)
	if err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	var (
		docs []domain.DocHash
		old  = map[string]string{}
	)
	for rows.Next() {
		var (
			d   domain.DocHash
			h   int64
			dup string
		)
		if err := rows.Scan(&d.ID, &h, &dup); err != nil {
			rows.Close()
			return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
		}
		d.SimHash = uint64(h)
		docs = append(docs, d)
		if dup != "" {
			old[d.ID] = dup
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	groups := group(docs)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE documents SET dup_of = ? WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	defer stmt.Close()
	var changed []string
	for _, d := range docs {
		if groups[d.ID] == old[d.ID] {
			continue
		}
		if _, err := stmt.ExecContext(ctx, nullStr(groups[d.ID]), d.ID); err != nil {
			return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
		}
		changed = append(changed, d.ID)
	}
	// The groups count a deal's sources, which weigh its figures: the
	// deals of the documents regrouped are resolved again.
	for len(changed) > 0 {
		n := min(len(changed), 500)
		if err := s.assignDeals(ctx, tx, changed[:n], nil); err != nil {
			return 0, fmt.Errorf("sqlite: near-duplicates: assign deals: %w", err)
		}
		changed = changed[n:]
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: near-duplicates: %w", err)
	}
	return len(groups), nil
}

// backfillSimHash fingerprints documents stored without one, in batches.
func (s *Store) backfillSimHash(ctx context.Context, hash func(string) uint64) error {
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT id, text FROM documents WHERE simhash IS NULL LIMIT 500`)
		if err != nil {
			return err
		}
		type idh struct {
			id string
			h  uint64
		}
		var batch []idh
		for rows.Next() {
			var id, text string
			if err := rows.Scan(&id, &text); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, idh{id, hash(text)})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, b := range batch {
			if _, err := tx.ExecContext(ctx, `UPDATE documents SET simhash = ? WHERE id = ?`, int64(b.h), b.id); err != nil {
				tx.Rollback()
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}

// DupGroups maps every stored document that is a near-duplicate copy to
// its group's first document.
func (s *Store) DupGroups(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: dup groups: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, dup string
		if err := rows.Scan(&id, &dup); err != nil {
			return nil, fmt.Errorf("sqlite: dup groups: %w", err)
		}
		out[id] = dup
	}
	return out, rows.Err()
}

// DealFacts returns every fact deals are made of (transfers, aggregates,
// assistance, agreements, memberships), optionally only those of one
// supplier (or provider) and one recipient, without Filter's row limit.
// Reviews apply, as in DealSelection: corrected values replace the
// extracted ones and rejected facts are left out.
func (s *Store) DealFacts(ctx context.Context, supplier, recipient string) ([]domain.StoredFact, error) {
	rfs, _, err := s.DealSelection(ctx, domain.FactQuery{Filter: domain.Filter{Supplier: supplier, Recipient: recipient}}, 0)
	if err != nil {
		return nil, fmt.Errorf("sqlite: deal facts: %w", err)
	}
	return storedFacts(rfs), nil
}

// SaveReference replaces the reference register with refs, in one
// transaction.
func (s *Store) SaveReference(ctx context.Context, refs []domain.RefDeal) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: save reference: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM reference_deals`); err != nil {
		return fmt.Errorf("sqlite: save reference: %w", err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	stmt, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO reference_deals
		(id, supplier, recipient, designation, description, category, order_year, body, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("sqlite: save reference: %w", err)
	}
	defer stmt.Close()
	for i, r := range refs {
		if r.ID == "" {
			r.ID = fmt.Sprintf("row-%d", i+1)
		}
		body, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, r.ID, r.Supplier, r.Recipient, nullStr(r.Designation), nullStr(r.Description),
			nullStr(r.Category), nullInt(r.OrderYear), string(body), now); err != nil {
			return fmt.Errorf("sqlite: save reference row %s: %w", r.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: save reference: %w", err)
	}
	return nil
}

// Reference returns the imported reference register.
func (s *Store) Reference(ctx context.Context) ([]domain.RefDeal, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM reference_deals ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reference: %w", err)
	}
	defer rows.Close()
	var out []domain.RefDeal
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("sqlite: reference: %w", err)
		}
		var r domain.RefDeal
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			return nil, fmt.Errorf("sqlite: reference: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// IntegrityCheck runs PRAGMA integrity_check and fails unless it says ok.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m sql.NullString
		if err := rows.Scan(&m); err != nil {
			return fmt.Errorf("sqlite: integrity check: %w", err)
		}
		msgs = append(msgs, m.String)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	if len(msgs) != 1 || msgs[0] != "ok" {
		return fmt.Errorf("sqlite: integrity check: %s", strings.Join(msgs, "; "))
	}
	return nil
}
