package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
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
