package sqlite

import (
	"context"
	"errors"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// SaveDocuments stores several documents, each with its facts and its
// near-duplicate fingerprint (simhashes[i]; 0 for none), in one write
// transaction: one commit for all of them instead of two per document
// (the save, then the fingerprint). Each document is still all or
// nothing: it is saved under a savepoint, and a document that fails is
// rolled back alone and reported in errs[i], the others stored. As with
// SaveDocument, a document already stored changes nothing (Created=false).
// When the commit itself fails, every document reports its error.
func (s *Store) SaveDocuments(ctx context.Context, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, []error) {
	res := make([]domain.IngestResult, len(docs))
	errs := make([]error, len(docs))
	fail := func(i int, err error) {
		src := ""
		if docs[i] != nil {
			src = docs[i].Source
		}
		errs[i] = fmt.Errorf("sqlite: save document %q: %w", src, err)
	}
	// Encode everything before the transaction, as SaveDocument does.
	vals := make([][][]any, len(docs))
	for i, doc := range docs {
		if doc == nil || doc.ID == "" {
			fail(i, errors.New("no document or empty id"))
			continue
		}
		var err error
		if vals[i], err = rows.Facts(doc.ID, facts[i]); err != nil {
			fail(i, err)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		for i := range docs {
			if errs[i] == nil {
				fail(i, err)
			}
		}
		return res, errs
	}
	defer tx.Rollback()
	// abort reports err for every document not failed yet: the
	// transaction is unusable, nothing of it is stored.
	abort := func(err error) ([]domain.IngestResult, []error) {
		for j := range docs {
			if errs[j] == nil {
				fail(j, err)
			}
		}
		return make([]domain.IngestResult, len(docs)), errs
	}
	q := cachedTx{s, tx}
	for i, doc := range docs {
		if errs[i] != nil {
			continue
		}
		if _, err := q.ExecContext(ctx, `SAVEPOINT doc`); err != nil {
			return abort(err)
		}
		r, err := s.saveInTx(ctx, tx, nil, doc, facts[i], vals[i])
		if err == nil && r.Created {
			if err = s.assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
				err = fmt.Errorf("assign deals: %w", err)
			}
		}
		if err == nil && r.Created && simhashes != nil && simhashes[i] != 0 {
			if _, err = q.ExecContext(ctx, `UPDATE documents SET simhash = ? WHERE id = ?`, int64(simhashes[i]), doc.ID); err != nil {
				err = fmt.Errorf("store fingerprint: %w", err)
			}
		}
		if err != nil {
			fail(i, err)
			if _, rerr := q.ExecContext(ctx, `ROLLBACK TO doc`); rerr != nil {
				return abort(rerr)
			}
		} else {
			res[i] = r
		}
		if _, err := q.ExecContext(ctx, `RELEASE doc`); err != nil {
			return abort(err)
		}
	}
	if err := tx.Commit(); err != nil {
		return abort(fmt.Errorf("commit: %w", err))
	}
	return res, errs
}
