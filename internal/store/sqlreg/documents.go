package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// DocumentCount is the number of stored documents.
func (r *Register) DocumentCount(ctx context.Context) (int, error) {
	var n int
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, r.errf("count documents", err)
	}
	return n, nil
}

// Document returns the stored document id, or an error wrapping the
// adapter's ErrNotFound.
func (r *Register) Document(ctx context.Context, id string) (*domain.Document, error) {
	what := fmt.Sprintf("document %q", id)
	var d domain.Document
	var fetched string
	err := r.queryRow(ctx, `SELECT id, source, COALESCE(title, ''), COALESCE(site, ''), COALESCE(language, ''),
			COALESCE(published, ''), COALESCE(fetched_at, ''), COALESCE(format, ''), text
		FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Source, &d.Title, &d.Site, &d.Language, &d.Published, &fetched, &d.Format, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, r.errf(what, r.notFound)
	}
	if err != nil {
		return nil, r.errf(what, err)
	}
	if fetched != "" {
		t, err := time.Parse(time.RFC3339Nano, fetched)
		if err != nil {
			return nil, r.errf(what+": fetched_at", err)
		}
		d.Fetched = t
	}
	return &d, nil
}

// SaveDocument is the adapters' SaveDocument around their own writing: it
// refuses a nil document or one without an id, encodes the facts
// (rows.Facts) before any transaction — a fact that cannot be encoded
// must not hold a connection or the write lock — then calls save with
// the encoded rows, and names the adapter and the document in errors.
func SaveDocument(d Dialect, doc *domain.Document, facts []domain.Fact, save func(vals [][]any) (domain.IngestResult, error)) (domain.IngestResult, error) {
	if doc == nil {
		return domain.IngestResult{}, fmt.Errorf("%s: save document: nil document", d.Name())
	}
	res, err := func() (domain.IngestResult, error) {
		if doc.ID == "" {
			return domain.IngestResult{}, errors.New("empty document id")
		}
		vals, err := rows.Facts(doc.ID, facts)
		if err != nil {
			return domain.IngestResult{}, err
		}
		return save(vals)
	}()
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("%s: save document %q: %w", d.Name(), doc.Source, err)
	}
	return res, nil
}
