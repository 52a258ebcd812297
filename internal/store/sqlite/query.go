package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// Limits of Filter.Limit.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// where collects the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
	// plain holds, when reviews are joined, the correction paths
	// (setBy) that no review sets: a condition on such a column is the
	// extracted column's own, which an index serves (uncorrectedPaths).
	plain map[string]bool
	// needsR says that a condition reads the joined review (r).
	needsR bool
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// in adds "expr IN (?, ?, …)" for values.
func (w *where) in(expr string, values []string) {
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")
	w.conds = append(w.conds, expr+" IN ("+ph+")")
	for _, v := range values {
		w.args = append(w.args, v)
	}
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// factYear is the year a fact is filed under: its own, else the year its
// document was published.
const factYear = `COALESCE(f.year, CAST(NULLIF(substr(d.published, 1, 4), '') AS INTEGER))`

// years adds the Since/Until conditions.
func (w *where) years(since, until int) {
	if since > 0 {
		w.add(factYear+" >= ?", since)
	}
	if until > 0 {
		w.add(factYear+" <= ?", until)
	}
}

// confidence adds the MinConfidence condition.
func (w *where) confidence(min float64) {
	if min > 0 {
		w.add("f.confidence >= ?", min)
	}
}

// Facts returns the facts f selects, newest documents first and in document
// order within a document. Supplier and Suppliers match the supplier of a
// transfer or aggregate and the provider of an assistance fact; parties
// compare case-insensitively. Reviews apply, as in the web register:
// corrected values replace the extracted ones (filters included) and
// rejected facts are left out.
func (s *Store) Facts(ctx context.Context, f domain.Filter) ([]domain.StoredFact, error) {
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: facts: %w", err)
	}
	w, _, ok := registerWhere(domain.FactQuery{Filter: f}, reviews)
	if !ok {
		return nil, nil // nothing searchable in the text: nothing matches
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(f.Offset, 0)
	rfs, err := s.registerFacts(ctx, reviews, w.sql()+`
		ORDER BY d.published DESC, f.document_id, f.ordinal
		LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: facts: %w", err)
	}
	return storedFacts(rfs), nil
}

// storedFacts drops what the register adds to stored facts.
func storedFacts(rfs []domain.RegisterFact) []domain.StoredFact {
	out := make([]domain.StoredFact, len(rfs))
	for i, rf := range rfs {
		out[i] = rf.StoredFact
	}
	return out
}

// scanStoredFacts reads rows of (fact id, document id, source, language,
// published, fact JSON) and closes them; what names the query in errors.
func scanStoredFacts(rows *sql.Rows, what string) ([]domain.StoredFact, error) {
	defer rows.Close()
	var out []domain.StoredFact
	for rows.Next() {
		var (
			sf   domain.StoredFact
			body string
		)
		if err := rows.Scan(&sf.ID, &sf.DocumentID, &sf.Source, &sf.Language, &sf.Published, &body); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", what, err)
		}
		if err := json.Unmarshal([]byte(body), &sf.Fact); err != nil {
			return nil, fmt.Errorf("sqlite: %s: fact %d of document %s: %w", what, sf.ID, sf.DocumentID, err)
		}
		out = append(out, sf)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", what, err)
	}
	return out, nil
}

// ftsQuery turns user input into an FTS5 query that cannot be a syntax
// error: every whitespace-separated word becomes a quoted string (a phrase
// when it holds several tokens, as "F-16" does), the words are ANDed, and
// operators such as AND, NEAR, ( or column filters are searched as plain
// words. A word ending in '*' is a prefix search. Words without a letter or
// digit are dropped; "" means nothing is searchable.
func ftsQuery(s string) string {
	var terms []string
	for _, w := range rows.SearchWords(s) {
		t := `"` + strings.ReplaceAll(w.Text, `"`, `""`) + `"`
		if w.Prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

// Markers around the matched words in SearchHit.Snippet. They are control
// characters so that a caller can escape the snippet (for HTML, say) and
// then replace them with its own markup.
const (
	HighlightStart = domain.HighlightStart
	HighlightEnd   = domain.HighlightEnd
)

// SearchHit is a document found by SearchDocuments; the postgres package
// returns the same type.
type SearchHit = rows.SearchHit

// SearchDocuments finds documents by full-text search over their titles and
// texts, best matches first. q is plain words (see ftsQuery); limit <= 0
// means DefaultLimit.
//
// The snippet is cut from a window around the first match (rows.Snippet):
// FTS5's snippet() tokenises and scores the whole text, which takes
// seconds on a document of a few megabytes.
func (s *Store) SearchDocuments(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	hits, _, err := s.searchDocuments(ctx, q, limit)
	return hits, err
}

// searchDocuments is SearchDocuments with each hit's language.
func (s *Store) searchDocuments(ctx context.Context, q string, limit int) ([]SearchHit, []string, error) {
	fq := ftsQuery(q)
	if fq == "" {
		return nil, nil, nil
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	words := rows.SearchWords(q)
	// The texts are read after the ranking, one by one: sorting rows
	// that hold them would copy megabytes into the sorter.
	//
	// Ranking computes bm25 for every match: seconds for a word found in
	// every document of a large register. So at most the
	// searchRankWindow most recently stored matches are ranked (FTS5
	// walks its index newest first and stops there; the ranking then
	// reads the rows above that one).
	var floor int64
	err := s.db.QueryRowContext(ctx, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
		ORDER BY rowid DESC LIMIT 1 OFFSET ?`, fq, searchRankWindow-1).Scan(&floor)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("sqlite: search %q: %w", q, err)
	}
	rs, err := s.db.QueryContext(ctx, `SELECT d.id, d.source, COALESCE(d.title, ''), COALESCE(d.language, ''), d.seq
		FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
		WHERE documents_fts MATCH ? AND documents_fts.rowid >= ?
		ORDER BY documents_fts.rank, d.id
		LIMIT ?`, fq, floor, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: search %q: %w", q, err)
	}
	var (
		hits  []SearchHit
		langs []string
		seqs  []int64
	)
	for rs.Next() {
		var (
			h    SearchHit
			lang string
			seq  int64
		)
		if err := rs.Scan(&h.ID, &h.Source, &h.Title, &lang, &seq); err != nil {
			rs.Close()
			return nil, nil, fmt.Errorf("sqlite: search %q: %w", q, err)
		}
		hits, langs, seqs = append(hits, h), append(langs, lang), append(seqs, seq)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, nil, fmt.Errorf("sqlite: search %q: %w", q, err)
	}
	for i, seq := range seqs {
		var text string
		if err := s.db.QueryRowContext(ctx, `SELECT text FROM documents WHERE seq = ?`, seq).Scan(&text); err != nil {
			return nil, nil, fmt.Errorf("sqlite: search %q: %w", q, err)
		}
		hits[i].Snippet = rows.Snippet(text, words)
	}
	return hits, langs, nil
}

// searchRankWindow is how many of the most recently stored matches a
// search ranks, at most.
const searchRankWindow = 1000

// Stats counts the register. ByLanguage counts documents ("und" for those
// without a language); Suppliers counts distinct suppliers and providers,
// Recipients distinct recipients. Reviews apply: rejected facts are not
// counted, corrected parties count as corrected.
func (s *Store) Stats(ctx context.Context) (domain.Stats, error) {
	st := domain.Stats{ByType: map[string]int{}, ByLanguage: map[string]int{}}
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return st, fmt.Errorf("sqlite: stats: %w", err)
	}
	sel := `SELECT lower(f.type) AS type, ` + rv(reviews, "f.supplier") + ` AS supplier, f.provider AS provider, ` +
		rv(reviews, "f.recipient") + ` AS recipient` + from(false, reviews)
	if reviews {
		sel = `SELECT lower(f.type) AS type, ` + rv(true, "f.supplier") + ` AS supplier,
			CASE WHEN f.supplier IS NULL THEN COALESCE(json_extract(r.correction, '$.supplier'), f.provider) ELSE f.provider END AS provider, ` +
			rv(true, "f.recipient") + ` AS recipient` + from(false, true) + ` WHERE ` + notRejected
	}
	if err := s.db.QueryRowContext(ctx, `WITH sel AS (`+sel+`) SELECT
			(SELECT COUNT(*) FROM documents),
			(SELECT COUNT(*) FROM sel),
			(SELECT COUNT(*) FROM (SELECT upper(supplier) AS p FROM sel WHERE supplier IS NOT NULL
			                       UNION SELECT upper(provider) FROM sel WHERE provider IS NOT NULL)),
			(SELECT COUNT(DISTINCT upper(recipient)) FROM sel)`).
		Scan(&st.Documents, &st.Facts, &st.Suppliers, &st.Recipients); err != nil {
		return st, fmt.Errorf("sqlite: stats: %w", err)
	}
	for _, c := range []struct {
		query string
		into  map[string]int
	}{
		{`WITH sel AS (` + sel + `) SELECT type, COUNT(*) FROM sel GROUP BY 1`, st.ByType},
		{`SELECT COALESCE(NULLIF(lower(language), ''), 'und'), COUNT(*) FROM documents GROUP BY 1`, st.ByLanguage},
	} {
		rows, err := s.db.QueryContext(ctx, c.query)
		if err != nil {
			return st, fmt.Errorf("sqlite: stats: %w", err)
		}
		for rows.Next() {
			var (
				k string
				n int
			)
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return st, fmt.Errorf("sqlite: stats: %w", err)
			}
			c.into[k] = n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return st, fmt.Errorf("sqlite: stats: %w", err)
		}
	}
	return st, nil
}
