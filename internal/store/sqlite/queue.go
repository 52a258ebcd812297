package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

var _ domain.HostLeaser = (*Store)(nil)

// SaveDocumentTx stores doc and its facts in tx, a transaction the caller
// opened on a connection to the same file (the job queue completes its job
// in it: internal/queue). Like SaveDocument, a document already stored
// changes nothing and reports Created=false. The caller commits.
func (s *Store) SaveDocumentTx(ctx context.Context, tx *sql.Tx, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	if doc == nil || doc.ID == "" {
		return domain.IngestResult{}, errors.New("sqlite: save document: no document or empty id")
	}
	vals, err := rows.Facts(doc.ID, facts)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("sqlite: save document %q: %w", doc.Source, err)
	}
	ctx = withForeignTx(ctx) // tx may be another *sql.DB's: no cached statements
	res, err := s.saveInTx(ctx, tx, nil, doc, facts, vals)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("sqlite: save document %q: %w", doc.Source, err)
	}
	if res.Created {
		if err := s.assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
			return domain.IngestResult{}, fmt.Errorf("sqlite: save document %q: assign deals: %w", doc.Source, err)
		}
	}
	return res, nil
}

// SaveDocumentsTx stores docs, their facts and their near-duplicate
// fingerprints (simhashes[i]; 0 for none) in tx, as SaveDocumentTx does
// for one, with the deals of the batch assigned once at its end (as
// SaveDocuments does). It is all or nothing: on an error the caller rolls
// tx back (and may save the documents one by one).
func (s *Store) SaveDocumentsTx(ctx context.Context, tx *sql.Tx, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, error) {
	ctx = withForeignTx(ctx)
	res := make([]domain.IngestResult, len(docs))
	var created []string
	for i, doc := range docs {
		if doc == nil || doc.ID == "" {
			return nil, errors.New("sqlite: save document: no document or empty id")
		}
		vals, err := rows.Facts(doc.ID, facts[i])
		if err != nil {
			return nil, fmt.Errorf("sqlite: save document %q: %w", doc.Source, err)
		}
		if res[i], err = s.saveInTx(ctx, tx, nil, doc, facts[i], vals); err != nil {
			return nil, fmt.Errorf("sqlite: save document %q: %w", doc.Source, err)
		}
		if !res[i].Created {
			continue
		}
		created = append(created, doc.ID)
		if i < len(simhashes) && simhashes[i] != 0 {
			st, err := s.txStmt(ctx, tx, `UPDATE documents SET simhash = ? WHERE id = ?`)
			if err == nil {
				_, err = st.ExecContext(ctx, int64(simhashes[i]), doc.ID)
			}
			if err != nil {
				return nil, fmt.Errorf("sqlite: save document %q: store fingerprint: %w", doc.Source, err)
			}
		}
	}
	if len(created) > 0 {
		if err := s.assignDeals(ctx, tx, created, nil); err != nil {
			return nil, fmt.Errorf("sqlite: save documents: assign deals: %w", err)
		}
	}
	return res, nil
}

// LeaseHost implements domain.HostLeaser (one machine: the clock is this
// process's).
func (s *Store) LeaseHost(ctx context.Context, host, holder string, hold time.Duration) (bool, time.Duration, error) {
	now := time.Now().UnixNano()
	r, err := s.db.ExecContext(ctx, `INSERT INTO host_leases (host, holder, until_ns) VALUES (?, ?, ?)
		ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, until_ns = excluded.until_ns
		WHERE host_leases.until_ns <= ? OR host_leases.holder = excluded.holder`,
		host, holder, now+int64(hold), now)
	if err != nil {
		return false, 0, fmt.Errorf("sqlite: lease host %s: %w", host, err)
	}
	if n, err := r.RowsAffected(); err != nil {
		return false, 0, fmt.Errorf("sqlite: lease host %s: %w", host, err)
	} else if n == 1 {
		return true, 0, nil
	}
	var until int64
	err = s.db.QueryRowContext(ctx, `SELECT until_ns FROM host_leases WHERE host = ?`, host).Scan(&until)
	if errors.Is(err, sql.ErrNoRows) { // released and gone meanwhile: try again
		return false, 0, nil
	}
	if err != nil {
		return false, 0, fmt.Errorf("sqlite: lease host %s: %w", host, err)
	}
	return false, max(time.Duration(until-now), 0), nil
}

// ReleaseHost implements domain.HostLeaser.
func (s *Store) ReleaseHost(ctx context.Context, host, holder string, delay time.Duration) error {
	_, err := s.db.ExecContext(ctx, `UPDATE host_leases SET until_ns = ? WHERE host = ? AND holder = ?`,
		time.Now().UnixNano()+int64(delay), host, holder)
	if err != nil {
		return fmt.Errorf("sqlite: release host %s: %w", host, err)
	}
	return nil
}
