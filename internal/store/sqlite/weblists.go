package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file implements domain.SearchPager and domain.DocumentLister: the
// web API's paged search and document listing.

var (
	_ domain.SearchPager    = (*Store)(nil)
	_ domain.DocumentLister = (*Store)(nil)
)

// SearchPage is one page of full-text search hits, best first, with each
// document's publication date and the number of hits (counted up to
// domain.SearchCountCap).
func (s *Store) SearchPage(ctx context.Context, q domain.SearchQuery) (domain.SearchPage, error) {
	var page domain.SearchPage
	fq := ftsQuery(q.Text)
	if fq == "" {
		return page, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(q.Offset, 0)
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)`,
		fq, domain.SearchCountCap+1).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
	}
	if page.Total > domain.SearchCountCap {
		page.Total, page.Capped = domain.SearchCountCap, true
	}
	words := rows.SearchWords(q.Text)
	// As in searchDocuments, texts are read one by one after the ranking,
	// and only the searchRankWindow most recently stored matches are
	// ranked (bm25 for every match of a common word takes long); the older
	// ones follow them, newest first.
	var floor int64
	if err := s.db.QueryRowContext(ctx, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
		ORDER BY rowid DESC LIMIT 1 OFFSET ?`, fq, searchRankWindow-1).Scan(&floor); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return page, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
	}
	ranked := page.Total
	if floor > 0 {
		ranked = searchRankWindow
	}
	const cols = `SELECT d.id, d.source, COALESCE(d.title, ''), COALESCE(d.language, ''), COALESCE(d.published, ''), d.seq
		FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? `
	var seqs []int64
	read := func(query string, args ...any) error {
		rs, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var (
				h   domain.SearchHit
				seq int64
			)
			if err := rs.Scan(&h.ID, &h.Source, &h.Title, &h.Language, &h.Published, &seq); err != nil {
				return err
			}
			page.Hits, seqs = append(page.Hits, h), append(seqs, seq)
		}
		return rs.Err()
	}
	if offset < ranked {
		if err := read(cols+`AND documents_fts.rowid >= ? ORDER BY documents_fts.rank, d.id LIMIT ? OFFSET ?`,
			fq, floor, min(limit, ranked-offset), offset); err != nil {
			return page, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
		}
	}
	if rest := limit - len(page.Hits); rest > 0 && floor > 0 {
		if err := read(cols+`AND documents_fts.rowid < ? ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?`,
			fq, floor, rest, max(0, offset-ranked)); err != nil {
			return page, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
		}
	}
	for i, seq := range seqs {
		var text string
		if err := s.db.QueryRowContext(ctx, `SELECT text FROM documents WHERE seq = ?`, seq).Scan(&text); err != nil {
			return page, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
		}
		page.Hits[i].Snippet = rows.Snippet(text, words)
	}
	return page, nil
}

// ListDocuments lists documents, newest published first (undated last),
// with how many facts each holds.
func (s *Store) ListDocuments(ctx context.Context, q domain.DocumentQuery) (domain.DocumentPage, error) {
	var page domain.DocumentPage
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE ? = '' OR language = ?`, q.Language, q.Language).
		Scan(&page.Total); err != nil {
		return page, fmt.Errorf("sqlite: list documents: %w", err)
	}
	rs, err := s.db.QueryContext(ctx, `SELECT d.id, d.source, COALESCE(d.title, ''), COALESCE(d.language, ''), COALESCE(d.published, ''),
			(SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id)
		FROM documents d WHERE ? = '' OR d.language = ?
		ORDER BY COALESCE(d.published, '') DESC, d.id
		LIMIT ? OFFSET ?`, q.Language, q.Language, limit, max(q.Offset, 0))
	if err != nil {
		return page, fmt.Errorf("sqlite: list documents: %w", err)
	}
	defer rs.Close()
	page.Documents = []domain.DocumentSummary{}
	for rs.Next() {
		var d domain.DocumentSummary
		if err := rs.Scan(&d.ID, &d.Source, &d.Title, &d.Language, &d.Published, &d.Facts); err != nil {
			return page, fmt.Errorf("sqlite: list documents: %w", err)
		}
		page.Documents = append(page.Documents, d)
	}
	if err := rs.Err(); err != nil {
		return page, fmt.Errorf("sqlite: list documents: %w", err)
	}
	return page, nil
}
