package sqlite

import (
	"context"
	"errors"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// BulkSave stores one document with its facts during BulkLoad, as
// SaveDocument does.
type BulkSave func(doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error)

// BulkLoad stores many documents at once (a large import, the benchmark
// register): load calls save for each document, and everything is stored
// in one transaction, all or nothing. The secondary indexes of documents
// and facts are dropped for the load and built again at its end, which is
// much faster than keeping a score of indexes up to date row by row; the
// unique ones stay, so that a document already stored is still reported
// Created=false. Other writers wait for the load to end.
func (s *Store) BulkLoad(ctx context.Context, load func(save BulkSave) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	defer conn.Close()
	// A large page cache for the load and the index builds, on this
	// connection only and restored after it: fewer pages spilled to the
	// log before the commit, sorts in memory.
	var cacheSize int64
	if err := conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cacheSize); err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -262144`); err != nil { // 256 MiB
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA cache_size = %d`, cacheSize)) //nolint:errcheck
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	defer tx.Rollback()
	// The indexes the load drops and builds again: those made by CREATE
	// INDEX (sql is not NULL), not UNIQUE, on the tables it writes.
	rs, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name IN ('documents', 'facts') AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
		ORDER BY name`)
	if err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	type index struct{ name, sql string }
	var indexes []index
	for rs.Next() {
		var ix index
		if err := rs.Scan(&ix.name, &ix.sql); err != nil {
			rs.Close()
			return fmt.Errorf("sqlite: bulk load: %w", err)
		}
		indexes = append(indexes, ix)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	for _, ix := range indexes {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+ix.name+`"`); err != nil {
			return fmt.Errorf("sqlite: bulk load: drop index %s: %w", ix.name, err)
		}
	}
	var stmts saveStmts
	if stmts.doc, err = tx.PrepareContext(ctx, insertDocumentSQL); err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	defer stmts.doc.Close()
	if stmts.fact, err = tx.PrepareContext(ctx, insertFactSQL); err != nil {
		return fmt.Errorf("sqlite: bulk load: %w", err)
	}
	defer stmts.fact.Close()
	save := func(doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error) {
		if doc == nil || doc.ID == "" {
			return domain.IngestResult{}, errors.New("sqlite: bulk load: document without an id")
		}
		vals, err := rows.Facts(doc.ID, facts)
		if err != nil {
			return domain.IngestResult{}, fmt.Errorf("sqlite: bulk load %q: %w", doc.Source, err)
		}
		res, err := s.saveInTx(ctx, tx, &stmts, doc, facts, vals)
		if err != nil {
			return res, fmt.Errorf("sqlite: bulk load %q: %w", doc.Source, err)
		}
		return res, nil
	}
	if err := load(save); err != nil {
		return err
	}
	if err := s.assignAll(ctx, tx); err != nil {
		return fmt.Errorf("sqlite: bulk load: assign deals: %w", err)
	}
	for _, ix := range indexes {
		if _, err := tx.ExecContext(ctx, ix.sql); err != nil {
			return fmt.Errorf("sqlite: bulk load: create index %s: %w", ix.name, err)
		}
	}
	// Full statistics for the planner over the new rows: a bounded
	// sample (analysis_limit) misjudges skewed columns by an order of
	// magnitude (1,000 facts per supplier where there are 40,000), and
	// the planner then picks the wrong index.
	for _, p := range []string{`PRAGMA analysis_limit = 0`, `ANALYZE`} {
		if _, err := tx.ExecContext(ctx, p); err != nil {
			return fmt.Errorf("sqlite: bulk load: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: bulk load: commit: %w", err)
	}
	return nil
}
