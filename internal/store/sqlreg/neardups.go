package sqlreg

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// SetSimHash stores a document's near-duplicate fingerprint.
func (r *Register) SetSimHash(ctx context.Context, docID string, h uint64) error {
	if _, err := r.exec(ctx, `UPDATE documents SET simhash = ? WHERE id = ?`, int64(h), docID); err != nil {
		return r.errf(fmt.Sprintf("set simhash of %q", docID), err)
	}
	return nil
}

// UpdateNearDuplicates fingerprints the documents that have no fingerprint
// yet (with hash), then regroups all documents (with group, which maps a
// copy's id to its group's first document, given the documents in
// ingestion order) and stores each document's dup_of, resolving again the
// deals of the documents regrouped (Hooks.WriteGroups). It returns the
// number of documents that are copies.
func (r *Register) UpdateNearDuplicates(ctx context.Context, hash func(text string) uint64, group func([]domain.DocHash) map[string]string) (int, error) {
	if err := r.backfillSimHash(ctx, hash); err != nil {
		return 0, r.errf("near-duplicates", err)
	}
	rows, err := r.query(ctx, `SELECT id, COALESCE(simhash, 0), COALESCE(dup_of, '') FROM documents ORDER BY seq`)
	if err != nil {
		return 0, r.errf("near-duplicates", err)
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
			return 0, r.errf("near-duplicates", err)
		}
		d.SimHash = uint64(h)
		docs = append(docs, d)
		if dup != "" {
			old[d.ID] = dup
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, r.errf("near-duplicates", err)
	}
	groups := group(docs)
	// The groups count a deal's sources, which weigh its figures: the
	// deals of the documents regrouped are resolved again (Hooks.InTx).
	err = r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var changed []string
		for _, d := range docs {
			if groups[d.ID] == old[d.ID] {
				continue
			}
			if err := tx.Exec(ctx, r.d.Rebind(`UPDATE documents SET dup_of = ? WHERE id = ?`), nullStr(groups[d.ID]), d.ID); err != nil {
				return nil, err
			}
			changed = append(changed, d.ID)
		}
		return changed, nil
	})
	if err != nil {
		return 0, r.errf("near-duplicates", err)
	}
	return len(groups), nil
}

// backfillSimHash fingerprints documents stored without one, in batches.
func (r *Register) backfillSimHash(ctx context.Context, hash func(string) uint64) error {
	for {
		rows, err := r.query(ctx, `SELECT id, text FROM documents WHERE simhash IS NULL LIMIT 500`)
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
		tx, err := r.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, b := range batch {
			if _, err := tx.ExecContext(ctx, r.d.Rebind(`UPDATE documents SET simhash = ? WHERE id = ?`), int64(b.h), b.id); err != nil {
				tx.Rollback()
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}

// SaveReference replaces the reference register with refs, in one
// transaction.
func (r *Register) SaveReference(ctx context.Context, refs []domain.RefDeal) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return r.errf("save reference", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM reference_deals`); err != nil {
		return r.errf("save reference", err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	stmt, err := tx.PrepareContext(ctx, r.d.Rebind(`INSERT INTO reference_deals
		(id, supplier, recipient, designation, description, category, order_year, body, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET supplier = excluded.supplier, recipient = excluded.recipient,
			designation = excluded.designation, description = excluded.description, category = excluded.category,
			order_year = excluded.order_year, body = excluded.body, imported_at = excluded.imported_at`))
	if err != nil {
		return r.errf("save reference", err)
	}
	defer stmt.Close()
	for i, ref := range refs {
		if ref.ID == "" {
			ref.ID = fmt.Sprintf("row-%d", i+1)
		}
		body, err := json.Marshal(ref)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, ref.ID, ref.Supplier, ref.Recipient, nullStr(ref.Designation), nullStr(ref.Description),
			nullStr(ref.Category), nullInt(ref.OrderYear), string(body), now); err != nil {
			return r.errf("save reference row "+ref.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return r.errf("save reference", err)
	}
	return nil
}

// Reference returns the imported reference register.
func (r *Register) Reference(ctx context.Context) ([]domain.RefDeal, error) {
	rows, err := r.query(ctx, `SELECT body FROM reference_deals ORDER BY id`)
	if err != nil {
		return nil, r.errf("reference", err)
	}
	defer rows.Close()
	var out []domain.RefDeal
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, r.errf("reference", err)
		}
		var ref domain.RefDeal
		if err := json.Unmarshal([]byte(body), &ref); err != nil {
			return nil, r.errf("reference", err)
		}
		out = append(out, ref)
	}
	return out, rows.Err()
}
