package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

const insertDocumentSQL = `INSERT INTO documents
	(id, source, title, site, language, published, fetched_at, format, text)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
	ON CONFLICT (id) DO NOTHING`

var insertFactSQL = `INSERT INTO facts (` + rows.FactColumns + `)
	VALUES (` + rows.FactPlaceholders(true) + `)`

// SaveDocument stores doc and its facts in one transaction. When a document
// with the same id is already stored it changes nothing and reports
// Created=false. On any error nothing is stored.
func (s *Store) SaveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	return sqlreg.SaveDocument(sqlreg.Postgres, doc, facts, func(vals [][]any) (domain.IngestResult, error) {
		return s.saveDocument(ctx, doc, facts, vals)
	})
}

// saveDocument stores doc and its facts, encoded as vals, in one
// transaction, again if PostgreSQL aborts it for a deadlock on the deal
// rows it assigns (retryTx).
func (s *Store) saveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact, vals [][]any) (domain.IngestResult, error) {
	var res domain.IngestResult
	err := retryTx(func() error {
		var err error
		res, err = s.saveDocumentOnce(ctx, doc, facts, vals)
		return err
	})
	return res, err
}

func (s *Store) saveDocumentOnce(ctx context.Context, doc *domain.Document, facts []domain.Fact, vals [][]any) (domain.IngestResult, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return domain.IngestResult{}, err
	}
	defer tx.Rollback(ctx)
	res, err := s.saveInTx(ctx, tx, doc, facts, vals)
	if err != nil || !res.Created {
		return res, err
	}
	if err := tx.Commit(ctx); err != nil {
		return domain.IngestResult{}, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// saveInTx inserts doc and its facts (vals, from rows.Facts) in tx.
func (s *Store) saveInTx(ctx context.Context, tx pgx.Tx, doc *domain.Document, facts []domain.Fact, vals [][]any) (domain.IngestResult, error) {
	var fetched any
	if !doc.Fetched.IsZero() {
		fetched = doc.Fetched.UTC().Format(time.RFC3339Nano)
	}
	// A concurrent save of the same id waits here for the other
	// transaction, then inserts nothing.
	tag, err := tx.Exec(ctx, insertDocumentSQL,
		doc.ID, doc.Source, rows.NullStr(doc.Title), rows.NullStr(doc.Site), doc.Language,
		rows.NullStr(doc.Published), fetched, rows.NullStr(doc.Format), doc.Text)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("insert document: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return domain.IngestResult{DocumentID: doc.ID, Created: false}, nil
	}
	if s.testHookSaved != nil {
		s.testHookSaved()
	}
	if err := sqlreg.SavePassages(ctx, sqlreg.Postgres, &pgxTx{tx: tx}, doc.ID, doc.Text); err != nil {
		return domain.IngestResult{}, err
	}

	if len(vals) > 0 {
		// One round trip for all the facts.
		var b pgx.Batch
		for _, row := range vals {
			b.Queue(insertFactSQL, row...)
		}
		br := tx.SendBatch(ctx, &b)
		for i := range vals {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return domain.IngestResult{}, fmt.Errorf("insert fact %d (%s): %w", i, facts[i].Type, err)
			}
		}
		if err := br.Close(); err != nil {
			return domain.IngestResult{}, fmt.Errorf("insert facts: %w", err)
		}
	}
	if err := s.assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
		return domain.IngestResult{}, fmt.Errorf("assign deals: %w", err)
	}
	return domain.IngestResult{DocumentID: doc.ID, Created: true, Facts: len(vals)}, nil
}
