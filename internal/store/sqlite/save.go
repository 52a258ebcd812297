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

const insertDocumentSQL = `INSERT OR IGNORE INTO documents
	(id, seq, source, title, site, language, published, fetched_at, format, text)
	VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?)`

var insertFactSQL = `INSERT INTO facts (` + rows.FactColumns + `)
	VALUES (` + rows.FactPlaceholders(false) + `)`

// SaveDocument stores doc and its facts in one transaction. When a document
// with the same id is already stored it changes nothing and reports
// Created=false. On any error nothing is stored.
func (s *Store) SaveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	if doc == nil {
		return domain.IngestResult{}, errors.New("sqlite: save document: nil document")
	}
	res, err := s.saveDocument(ctx, doc, facts)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("sqlite: save document %q: %w", doc.Source, err)
	}
	return res, nil
}

func (s *Store) saveDocument(ctx context.Context, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
	if doc.ID == "" {
		return domain.IngestResult{}, errors.New("empty document id")
	}
	// Encode everything before the transaction: a fact that cannot be
	// encoded must not hold the write lock.
	vals, err := rows.Facts(doc.ID, facts)
	if err != nil {
		return domain.IngestResult{}, err
	}

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
		rows.NullStr(doc.Published), fetched, rows.NullStr(doc.Format), doc.Text)
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

// nullStr and nullInt, for the package's other writers (deals, feeds).
var (
	nullStr = rows.NullStr
	nullInt = rows.NullInt
)

// DocumentCount is the number of stored documents.
func (s *Store) DocumentCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count documents: %w", err)
	}
	return n, nil
}

// Document returns the stored document id, or an error wrapping ErrNotFound.
func (s *Store) Document(ctx context.Context, id string) (*domain.Document, error) {
	var (
		d                                            domain.Document
		title, site, lang, published, fetched, forma sql.NullString
	)
	err := s.db.QueryRowContext(ctx, `SELECT id, source, title, site, language, published, fetched_at, format, text
		FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Source, &title, &site, &lang, &published, &fetched, &forma, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: document %q: %w", id, err)
	}
	d.Title, d.Site, d.Language, d.Published, d.Format = title.String, site.String, lang.String, published.String, forma.String
	if fetched.Valid && fetched.String != "" {
		t, err := time.Parse(time.RFC3339Nano, fetched.String)
		if err != nil {
			return nil, fmt.Errorf("sqlite: document %q: fetched_at: %w", id, err)
		}
		d.Fetched = t
	}
	return &d, nil
}
