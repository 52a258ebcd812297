package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// SaveDocuments stores several documents, each with its facts and its
// near-duplicate fingerprint (simhashes[i]; 0 for none), in one write
// transaction: one commit for all of them instead of two per document
// (the save, then the fingerprint). Each document is still all or
// nothing: it is saved under a savepoint, and a document that fails is
// rolled back alone and reported in errs[i], the others stored. The deals
// of the batch are assigned once at its end, each deal key it touches
// resolved once (when that fails, the batch is saved again with each
// document's deals in its savepoint). As with SaveDocument, a document
// already stored changes nothing (Created=false). When the commit itself
// fails, every document reports its error.
func (s *Store) SaveDocuments(ctx context.Context, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, []error) {
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
	res, tried, ok := s.saveBatch(ctx, docs, facts, simhashes, vals, slices.Clone(errs), true)
	if !ok { // the batch's deal assignment failed: each document's alone
		res, tried, _ = s.saveBatch(ctx, docs, facts, simhashes, vals, errs, false)
	}
	return res, tried
}

// saveBatch is one try of SaveDocuments: with once, the deals of all the
// documents are assigned at the end, once per deal key they touch (a key
// reported by many documents of the batch is resolved once, not once per
// document); when that fails, ok is false and nothing is stored, and the
// caller tries again without once (each document's deals in its
// savepoint). errs holds the errors found before the transaction.
func (s *Store) saveBatch(ctx context.Context, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64, vals [][][]any,
	errs []error, once bool) (res []domain.IngestResult, _ []error, ok bool) {
	res = make([]domain.IngestResult, len(docs))
	setErr := func(i int, err error) {
		src := ""
		if docs[i] != nil {
			src = docs[i].Source
		}
		errs[i] = fmt.Errorf("sqlite: save document %q: %w", src, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		for i := range docs {
			if errs[i] == nil {
				setErr(i, err)
			}
		}
		return res, errs, true
	}
	defer tx.Rollback()
	// abort reports err for every document not failed yet: the
	// transaction is unusable, nothing of it is stored.
	abort := func(err error) ([]domain.IngestResult, []error, bool) {
		for j := range docs {
			if errs[j] == nil {
				setErr(j, err)
			}
		}
		return make([]domain.IngestResult, len(docs)), errs, true
	}
	q := cachedTx{s, tx}
	var created []string
	for i, doc := range docs {
		if errs[i] != nil {
			continue
		}
		if _, err := q.ExecContext(ctx, `SAVEPOINT doc`); err != nil {
			return abort(err)
		}
		r, err := s.saveInTx(ctx, tx, nil, doc, facts[i], vals[i])
		if err == nil && r.Created && !once {
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
			setErr(i, err)
			if _, rerr := q.ExecContext(ctx, `ROLLBACK TO doc`); rerr != nil {
				return abort(rerr)
			}
		} else {
			res[i] = r
			if r.Created {
				created = append(created, doc.ID)
			}
		}
		if _, err := q.ExecContext(ctx, `RELEASE doc`); err != nil {
			return abort(err)
		}
	}
	if once && len(created) > 0 {
		if err := s.assignDeals(ctx, tx, created, nil); err != nil {
			return nil, nil, false
		}
	}
	if err := tx.Commit(); err != nil {
		return abort(fmt.Errorf("commit: %w", err))
	}
	return res, errs, true
}
