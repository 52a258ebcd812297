package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// Facts returns the facts f selects, newest documents first and in document
// order within a document. Supplier and Suppliers match the supplier of a
// transfer or aggregate and the provider of an assistance fact; parties
// compare case-insensitively. Reviews apply, as in the web register:
// corrected values replace the extracted ones (filters included) and
// rejected facts are left out.
func (r *Register) Facts(ctx context.Context, f domain.Filter) ([]domain.StoredFact, error) {
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return nil, r.errf("facts", err)
	}
	w, _, ok := r.registerWhere(domain.FactQuery{Filter: f}, reviews)
	if !ok {
		return nil, nil // nothing searchable in the text: nothing matches
	}
	rfs, err := r.registerFacts(ctx, reviews, w.sql()+`
		ORDER BY d.published DESC`+r.d.Nulls(true)+`, f.document_id, f.ordinal
		LIMIT ? OFFSET ?`, append(w.args, limit(f.Limit), max(f.Offset, 0))...)
	if err != nil {
		return nil, r.errf("facts", err)
	}
	return StoredFacts(rfs), nil
}

// StoredFacts drops what the register adds to stored facts.
func StoredFacts(rfs []domain.RegisterFact) []domain.StoredFact {
	out := make([]domain.StoredFact, len(rfs))
	for i, rf := range rfs {
		out[i] = rf.StoredFact
	}
	return out
}

// Stats counts the register. ByLanguage counts documents ("und" for those
// without a language); Suppliers counts distinct suppliers and providers,
// Recipients distinct recipients. Reviews apply: rejected facts are not
// counted, corrected parties count as corrected.
func (r *Register) Stats(ctx context.Context) (domain.Stats, error) {
	st := domain.Stats{ByType: map[string]int{}, ByLanguage: map[string]int{}}
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return st, r.errf("stats", err)
	}
	sel := `SELECT lower(f.type) AS type, ` + r.rv(reviews, "f.supplier") + ` AS supplier, f.provider AS provider, ` +
		r.rv(reviews, "f.recipient") + ` AS recipient` + r.from(false, reviews)
	if reviews {
		sel = `SELECT lower(f.type) AS type, ` + r.rv(true, "f.supplier") + ` AS supplier,
			CASE WHEN f.supplier IS NULL THEN COALESCE(` + r.corr("$.supplier") + `, f.provider) ELSE f.provider END AS provider, ` +
			r.rv(true, "f.recipient") + ` AS recipient` + r.from(false, true) + ` WHERE ` + notRejected
	}
	if err := r.queryRow(ctx, `WITH sel AS (`+sel+`) SELECT
			(SELECT COUNT(*) FROM documents),
			(SELECT COUNT(*) FROM sel),
			(SELECT COUNT(*) FROM (SELECT upper(supplier) AS p FROM sel WHERE supplier IS NOT NULL
			                       UNION SELECT upper(provider) FROM sel WHERE provider IS NOT NULL) AS u),
			(SELECT COUNT(DISTINCT upper(recipient)) FROM sel)`).
		Scan(&st.Documents, &st.Facts, &st.Suppliers, &st.Recipients); err != nil {
		return st, r.errf("stats", err)
	}
	for _, c := range []struct {
		query string
		into  map[string]int
	}{
		{`WITH sel AS (` + sel + `) SELECT type, COUNT(*) FROM sel GROUP BY 1`, st.ByType},
		{`SELECT COALESCE(NULLIF(lower(language), ''), 'und'), COUNT(*) FROM documents GROUP BY 1`, st.ByLanguage},
	} {
		rs, err := r.query(ctx, c.query)
		if err != nil {
			return st, r.errf("stats", err)
		}
		for rs.Next() {
			var (
				k string
				n int
			)
			if err := rs.Scan(&k, &n); err != nil {
				rs.Close()
				return st, r.errf("stats", err)
			}
			c.into[k] = n
		}
		err = rs.Err()
		rs.Close()
		if err != nil {
			return st, r.errf("stats", err)
		}
	}
	return st, nil
}

// SearchRankWindow is how many of the most recently stored matches a
// search ranks, at most, where the dialect bounds it (SearchWindow).
const SearchRankWindow = 1000

// Search finds documents by full-text search over their titles and texts,
// best matches first, with their languages. q is plain words
// (Dialect.TextQuery); limit <= 0 means DefaultLimit.
//
// The snippet is cut from a window around the first match (rows.Snippet),
// in one passage of a long document (snippet): FTS5's snippet() and
// ts_headline tokenise the whole text, which takes seconds on a document
// of a few megabytes, and even reading a long text costs milliseconds.
func (r *Register) Search(ctx context.Context, q string, lim int) ([]domain.SearchHit, error) {
	fq := r.d.TextQuery(q)
	if fq == "" {
		return nil, nil
	}
	args := []any{fq}
	from, n, order := r.d.SearchFrom()
	// Ranking computes a score for every match: where the dialect says
	// so, only the most recently stored matches are ranked.
	if floorSQL, cond, _, _ := r.d.SearchWindow(); floorSQL != "" {
		var floor int64
		err := r.queryRow(ctx, floorSQL, fq, SearchRankWindow-1).Scan(&floor)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, r.errf("search "+quote(q), err)
		}
		from += cond
		args = append(args, floor)
	}
	for i := 1; i < n; i++ {
		args = append(args, fq)
	}
	hits, err := r.searchHits(ctx, q, from, order, append(args, limit(lim), 0))
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	return hits, nil
}

// quote is s in double quotes, for errors.
func quote(s string) string { return `"` + s + `"` }

// searchHits runs a ranked search (from and order from SearchFrom, args
// ending with the limit and offset) and cuts the hits' snippets. The
// texts are read after the ranking, one by one: sorting rows that hold
// them would copy megabytes into the sorter.
func (r *Register) searchHits(ctx context.Context, q, from, order string, args []any) ([]domain.SearchHit, error) {
	rs, err := r.query(ctx, `SELECT d.id, d.source, COALESCE(d.title, ''), COALESCE(d.language, ''), COALESCE(d.published, ''), d.seq`+
		from+` ORDER BY `+order+` LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, r.errf("search "+quote(q), err)
	}
	var (
		hits []domain.SearchHit
		seqs []int64
	)
	for rs.Next() {
		var (
			h   domain.SearchHit
			seq int64
		)
		if err := rs.Scan(&h.ID, &h.Source, &h.Title, &h.Language, &h.Published, &seq); err != nil {
			rs.Close()
			return nil, r.errf("search "+quote(q), err)
		}
		hits, seqs = append(hits, h), append(seqs, seq)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, r.errf("search "+quote(q), err)
	}
	words := rows.SearchWords(q)
	long, err := r.withPassages(ctx, seqs)
	if err != nil {
		return nil, r.errf("search "+quote(q), err)
	}
	for i, seq := range seqs {
		var err error
		if long[seq] {
			hits[i].Snippet, err = r.snippet(ctx, seq, words)
		} else {
			var text string
			err = r.queryRow(ctx, `SELECT text FROM documents WHERE seq = ?`, seq).Scan(&text)
			hits[i].Snippet = rows.Snippet(text, words)
		}
		if err != nil {
			return nil, r.errf("search "+quote(q), err)
		}
	}
	return hits, nil
}

// withPassages are those of the documents seqs that are kept in passages
// (long ones): their snippets are cut from a passage (snippet), the
// others' from their whole text, PassageMin bytes at most.
func (r *Register) withPassages(ctx context.Context, seqs []int64) (map[int64]bool, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	args := make([]any, len(seqs))
	for i, s := range seqs {
		args[i] = s
	}
	rs, err := r.query(ctx, `SELECT doc_seq FROM passages WHERE ord = 0 AND doc_seq IN (?`+strings.Repeat(`, ?`, len(seqs)-1)+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	long := map[int64]bool{}
	for rs.Next() {
		var s int64
		if err := rs.Scan(&s); err != nil {
			return nil, err
		}
		long[s] = true
	}
	return long, rs.Err()
}

// SearchDocuments is Search without the languages, as rows.SearchHit.
func (r *Register) SearchDocuments(ctx context.Context, q string, lim int) ([]rows.SearchHit, error) {
	hits, err := r.Search(ctx, q, lim)
	if err != nil {
		return nil, err
	}
	var out []rows.SearchHit
	for _, h := range hits {
		out = append(out, rows.SearchHit{ID: h.ID, Source: h.Source, Title: h.Title, Snippet: h.Snippet})
	}
	return out, nil
}

// SearchPage is one page of full-text search hits, best first, with each
// document's publication date and the number of hits (counted up to
// domain.SearchCountCap).
func (r *Register) SearchPage(ctx context.Context, q domain.SearchQuery) (domain.SearchPage, error) {
	var page domain.SearchPage
	fq := r.d.TextQuery(q.Text)
	if fq == "" {
		return page, nil
	}
	from, n, order := r.d.SearchFrom()
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1`+from+` LIMIT ?) AS m`,
		fq, domain.SearchCountCap+1).Scan(&page.Total); err != nil {
		return page, r.errf("search "+quote(q.Text), err)
	}
	if page.Total > domain.SearchCountCap {
		page.Total, page.Capped = domain.SearchCountCap, true
	}
	fqs := func(args ...any) []any {
		out := []any{fq}
		out = append(out, args...)
		for i := 1; i < n; i++ {
			out = append(out, fq)
		}
		return out
	}
	lim, off := limit(q.Limit), max(q.Offset, 0)
	floorSQL, cond, older, olderOrder := r.d.SearchWindow()
	if floorSQL == "" {
		hits, err := r.searchHits(ctx, q.Text, from, order, append(fqs(), lim, off))
		page.Hits = hits
		return page, err
	}
	// Ranking computes a score for every match: only the SearchRankWindow
	// most recently stored matches are ranked; the older ones follow them,
	// newest first.
	var floor int64
	if err := r.queryRow(ctx, floorSQL, fq, SearchRankWindow-1).Scan(&floor); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return page, r.errf("search "+quote(q.Text), err)
	}
	ranked := page.Total
	if floor > 0 {
		ranked = SearchRankWindow
	}
	if off < ranked {
		hits, err := r.searchHits(ctx, q.Text, from+cond, order, append(fqs(floor), min(lim, ranked-off), off))
		if err != nil {
			return page, err
		}
		page.Hits = hits
	}
	if rest := lim - len(page.Hits); rest > 0 && floor > 0 {
		hits, err := r.searchHits(ctx, q.Text, from+older, olderOrder, append(fqs(floor), rest, max(0, off-ranked)))
		if err != nil {
			return page, err
		}
		page.Hits = append(page.Hits, hits...)
	}
	return page, nil
}

// ListDocuments lists documents, newest published first (undated last),
// with how many facts each holds.
func (r *Register) ListDocuments(ctx context.Context, q domain.DocumentQuery) (domain.DocumentPage, error) {
	var page domain.DocumentPage
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM documents WHERE ? = '' OR language = ?`, q.Language, q.Language).
		Scan(&page.Total); err != nil {
		return page, r.errf("list documents", err)
	}
	rs, err := r.query(ctx, `SELECT d.id, d.source, COALESCE(d.title, ''), COALESCE(d.language, ''), COALESCE(d.published, ''),
			(SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id)
		FROM documents d WHERE ? = '' OR d.language = ?
		ORDER BY COALESCE(d.published, '') DESC, d.id
		LIMIT ? OFFSET ?`, q.Language, q.Language, limit(q.Limit), max(q.Offset, 0))
	if err != nil {
		return page, r.errf("list documents", err)
	}
	defer rs.Close()
	page.Documents = []domain.DocumentSummary{}
	for rs.Next() {
		var d domain.DocumentSummary
		if err := rs.Scan(&d.ID, &d.Source, &d.Title, &d.Language, &d.Published, &d.Facts); err != nil {
			return page, r.errf("list documents", err)
		}
		page.Documents = append(page.Documents, d)
	}
	if err := rs.Err(); err != nil {
		return page, r.errf("list documents", err)
	}
	return page, nil
}
