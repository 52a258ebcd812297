package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

const insertDocumentSQL = `INSERT OR IGNORE INTO documents
	(id, seq, source, title, site, language, published, fetched_at, format, text, fts_terms)
	VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?)`

var insertFactSQL = `INSERT INTO facts (` + rows.FactColumns + `)
	VALUES (` + rows.FactPlaceholders(false) + `)`

// SaveDocument stores doc and its facts in one transaction. When a document
// with the same id is already stored it changes nothing and reports
// Created=false. On any error nothing is stored.
func (s *Store) SaveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	return sqlreg.SaveDocument(sqlreg.SQLite, doc, facts, func(vals [][]any) (domain.IngestResult, error) {
		return s.saveDocument(ctx, doc, facts, vals)
	})
}

// saveDocument stores doc and its facts, encoded as vals, in one
// transaction.
func (s *Store) saveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact, vals [][]any) (domain.IngestResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return domain.IngestResult{}, err
	}
	defer tx.Rollback()
	res, err := s.saveInTx(ctx, tx, nil, doc, facts, vals)
	if err != nil || !res.Created {
		return res, err
	}
	if err := s.assignDeals(ctx, tx, []string{doc.ID}, nil); err != nil {
		return domain.IngestResult{}, fmt.Errorf("assign deals: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return domain.IngestResult{}, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// saveStmts are the insert statements of saveInTx, prepared once for many
// documents (BulkLoad).
type saveStmts struct{ doc, fact *sql.Stmt }

// saveInTx inserts doc and its facts (vals, from rows.Facts) in tx, with
// stmts when they are not nil, else with the store's cached statements.
func (s *Store) saveInTx(ctx context.Context, tx *sql.Tx, stmts *saveStmts, doc *domain.Document, facts []domain.Fact, vals [][]any) (domain.IngestResult, error) {
	var fetched any
	if !doc.Fetched.IsZero() {
		fetched = doc.Fetched.UTC().Format(time.RFC3339Nano)
	}
	if stmts == nil {
		doc, err := s.txStmt(ctx, tx, insertDocumentSQL)
		if err != nil {
			return domain.IngestResult{}, err
		}
		fact, err := s.txStmt(ctx, tx, insertFactSQL)
		if err != nil {
			return domain.IngestResult{}, err
		}
		stmts = &saveStmts{doc: doc, fact: fact}
	}
	execDoc := func(args ...any) (sql.Result, error) { return stmts.doc.ExecContext(ctx, args...) }
	r, err := execDoc(doc.ID, doc.Source, rows.NullStr(doc.Title), rows.NullStr(doc.Site), doc.Language,
		rows.NullStr(doc.Published), fetched, rows.NullStr(doc.Format), doc.Text, rows.NullStr(rows.FTSTerms(doc.Text)))
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("insert document: %w", err)
	}
	n, err := r.RowsAffected()
	if err != nil {
		return domain.IngestResult{}, err
	}
	if n == 0 {
		return domain.IngestResult{DocumentID: doc.ID, Created: false}, nil
	}
	if err := sqlreg.SavePassages(ctx, sqlreg.SQLite, sqlreg.SQLTx(tx, nil), doc.ID, doc.Text); err != nil {
		return domain.IngestResult{}, err
	}

	if len(vals) > 0 {
		stmt := stmts.fact
		for i, row := range vals {
			if _, err := stmt.ExecContext(ctx, row...); err != nil {
				return domain.IngestResult{}, fmt.Errorf("insert fact %d (%s): %w", i, facts[i].Type, err)
			}
			if s.testHookFact != nil {
				s.testHookFact(i)
			}
		}
	}
	return domain.IngestResult{DocumentID: doc.ID, Created: true, Facts: len(vals)}, nil
}
