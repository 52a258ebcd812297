package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

var _ domain.HostLeaser = (*Store)(nil)

// SaveDocumentTx stores doc and its facts in tx, a transaction the caller
// opened on the same database (the job queue completes its job in it:
// internal/queue). Like SaveDocument, a document already stored changes
// nothing and reports Created=false. The caller commits.
func (s *Store) SaveDocumentTx(ctx context.Context, tx pgx.Tx, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	if doc == nil || doc.ID == "" {
		return domain.IngestResult{}, errors.New("postgres: save document: no document or empty id")
	}
	vals, err := rows.Facts(doc.ID, facts)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("postgres: save document %q: %w", doc.Source, err)
	}
	res, err := s.saveInTx(ctx, tx, doc, facts, vals)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("postgres: save document %q: %w", doc.Source, err)
	}
	return res, nil
}

// SaveDocumentsTx stores docs and their facts in tx, as SaveDocumentTx
// does for each, and the near-duplicate fingerprints (simhashes[i]; 0 for
// none) of those it creates, in one round trip for all of them rather
// than a transaction each after the commit. It is all or nothing: on an
// error the caller rolls tx back.
func (s *Store) SaveDocumentsTx(ctx context.Context, tx pgx.Tx, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, error) {
	res := make([]domain.IngestResult, len(docs))
	var b pgx.Batch
	for i, doc := range docs {
		r, err := s.SaveDocumentTx(ctx, tx, doc, facts[i])
		if err != nil {
			return nil, err
		}
		res[i] = r
		if r.Created && i < len(simhashes) && simhashes[i] != 0 {
			b.Queue(`UPDATE documents SET simhash = $1 WHERE id = $2`, int64(simhashes[i]), doc.ID)
		}
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return nil, fmt.Errorf("postgres: save documents: store fingerprints: %w", err)
		}
	}
	return res, nil
}

// LeaseHost implements domain.HostLeaser on the server's clock, so that
// workers on machines whose clocks differ agree on when a lease ends.
func (s *Store) LeaseHost(ctx context.Context, host, holder string, hold time.Duration) (bool, time.Duration, error) {
	var got bool
	err := s.pool.QueryRow(ctx, `INSERT INTO host_leases (host, holder, until_at)
		VALUES ($1, $2, now() + make_interval(secs => $3))
		ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, until_at = excluded.until_at
		WHERE host_leases.until_at <= now() OR host_leases.holder = excluded.holder
		RETURNING true`, host, holder, hold.Seconds()).Scan(&got)
	if err == nil {
		return true, 0, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return false, 0, fmt.Errorf("postgres: lease host %s: %w", host, err)
	}
	var secs float64
	err = s.pool.QueryRow(ctx, `SELECT GREATEST(EXTRACT(EPOCH FROM until_at - now()), 0)::float8
		FROM host_leases WHERE host = $1`, host).Scan(&secs)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, 0, nil
	}
	if err != nil {
		return false, 0, fmt.Errorf("postgres: lease host %s: %w", host, err)
	}
	return false, time.Duration(secs * float64(time.Second)), nil
}

// ReleaseHost implements domain.HostLeaser.
func (s *Store) ReleaseHost(ctx context.Context, host, holder string, delay time.Duration) error {
	_, err := s.pool.Exec(ctx, `UPDATE host_leases SET until_at = now() + make_interval(secs => $3)
		WHERE host = $1 AND holder = $2`, host, holder, delay.Seconds())
	if err != nil {
		return fmt.Errorf("postgres: release host %s: %w", host, err)
	}
	return nil
}
