package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

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
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// factYear is the year a fact is filed under: its own, else the year its
// document was published.
const factYear = `COALESCE(f.year, CASE WHEN d.published ~ '^[0-9]{4}' THEN substr(d.published, 1, 4)::integer END)`

// years adds the Since/Until conditions on the reviewed year.
func (w *where) years(since, until int) {
	if since > 0 {
		w.add(rvYear + " >= " + w.arg(since))
	}
	if until > 0 {
		w.add(rvYear + " <= " + w.arg(until))
	}
}

// confidence adds the MinConfidence condition.
func (w *where) confidence(min float64) {
	if min > 0 {
		w.add("f.confidence >= " + w.arg(min))
	}
}

// Facts returns the facts f selects, newest documents first and in document
// order within a document. Supplier and Suppliers match the supplier of a
// transfer or aggregate and the provider of an assistance fact; parties
// compare case-insensitively (the columns' nocase collation). Reviews
// apply (reviewed.go): corrected values replace the extracted ones,
// filters included, and rejected facts are left out.
func (s *Store) Facts(ctx context.Context, f domain.Filter) ([]domain.StoredFact, error) {
	var w where
	w.add(notRejected)
	if f.Type != "" {
		w.add("f.type = " + w.arg(f.Type))
	}
	if f.Supplier != "" {
		w.add(rvSupplier + " = " + w.arg(f.Supplier))
	}
	if len(f.Suppliers) > 0 {
		w.add(rvSupplier + " = ANY(" + w.arg(f.Suppliers) + ")")
	}
	if f.Recipient != "" {
		w.add(rv("f.recipient") + " = " + w.arg(f.Recipient))
	}
	if len(f.Countries) > 0 {
		w.add(rv("f.recipient") + " = ANY(" + w.arg(f.Countries) + ")")
	}
	if sys := strings.TrimSpace(f.System); sys != "" {
		p := w.arg(strings.ToLower(sys))
		w.add(`(CASE WHEN r.correction -> 'system' IS NOT NULL
			THEN strpos(lower(concat_ws(E'\n', r.correction #>> '{system,id}', r.correction #>> '{system,name}')), ` + p + `) > 0
			ELSE strpos(f.system_terms, ` + p + `) > 0 END)`)
	}
	if f.Category != "" {
		w.add(rv("f.system_category") + " = " + w.arg(f.Category))
	}
	if f.Stage != "" {
		w.add(rv("f.stage") + " = " + w.arg(f.Stage))
	}
	if f.Language != "" {
		w.add("d.language = " + w.arg(f.Language))
	}
	w.years(f.Since, f.Until)
	w.confidence(f.MinConfidence)
	if strings.TrimSpace(f.Text) != "" {
		q := tsQuery(f.Text)
		if q == "" {
			return nil, nil // nothing searchable in the text: nothing matches
		}
		w.add("d.tsv @@ to_tsquery('armswatch', " + w.arg(q) + ")")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(f.Offset, 0)

	query := `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body, r.correction
		FROM facts f JOIN documents d ON d.id = f.document_id` + joinReviews + w.sql() + `
		ORDER BY d.published DESC NULLS LAST, f.document_id, f.ordinal
		LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	rows, err := s.pool.Query(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: facts: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (domain.StoredFact, error) {
		var (
			sf domain.StoredFact
			c  *domain.Correction
		)
		// body and correction are jsonb: pgx decodes them.
		err := row.Scan(&sf.ID, &sf.DocumentID, &sf.Source, &sf.Language, &sf.Published, &sf.Fact, &c)
		c.Apply(&sf.Fact)
		return sf, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: facts: %w", err)
	}
	return out, nil
}

// tsQuery turns user input into a to_tsquery string that cannot be a syntax
// error: every whitespace-separated word becomes a quoted operand (which
// PostgreSQL parses into a phrase when it holds several tokens, as "F-16"
// does) and the words are ANDed, so operators such as &, |, ! or ( are
// searched as plain words, and dropped by the parser. A word ending in '*'
// is a prefix search. Words without a letter or digit are dropped; "" means
// nothing is searchable.
func tsQuery(s string) string {
	var terms []string
	for _, w := range rows.SearchWords(s) {
		t := "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(w.Text) + "'"
		if w.Prefix {
			t += ":*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " & ")
}

// Markers around the matched words in SearchHit.Snippet, the same as the
// sqlite package's. They are control characters so that a caller can escape
// the snippet (for HTML, say) and then replace them with its own markup.
const (
	HighlightStart = domain.HighlightStart
	HighlightEnd   = domain.HighlightEnd
)

// headlineOptions are ts_headline's: a few words around the matches, like
// the sqlite package's snippet.
const headlineOptions = `StartSel=` + HighlightStart + `, StopSel=` + HighlightEnd +
	`, MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`

// SearchHit is a document found by SearchDocuments; the sqlite package
// returns the same type.
type SearchHit = rows.SearchHit

// SearchDocuments finds documents by full-text search over their titles and
// texts, best matches first (title matches weigh more). q is plain words
// (see tsQuery); limit <= 0 means DefaultLimit.
func (s *Store) SearchDocuments(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	tq := tsQuery(q)
	if tq == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	// ts_headline parses the whole text it is given: it gets a window
	// of 2×SnippetRadius characters around the first word's first
	// occurrence (the text's beginning when the word is not found as
	// such), not a document of megabytes.
	rows, err := s.pool.Query(ctx, `SELECT d.id, d.source, COALESCE(d.title, ''),
			ts_headline('armswatch', concat_ws(' — ', d.title,
				substr(d.text, GREATEST(1, strpos(lower(d.text), $4) - $5), 2 * $5)), q, $2)
		FROM documents d, to_tsquery('armswatch', $1) q
		WHERE d.tsv @@ q
		ORDER BY ts_rank(d.tsv, q) DESC, d.id
		LIMIT $3`, tq, headlineOptions, limit, rows.FirstTerm(rows.SearchWords(q)), rows.SnippetRadius)
	if err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", q, err)
	}
	hits, err := pgx.CollectRows(rows, pgx.RowToStructByPos[SearchHit])
	if err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", q, err)
	}
	return hits, nil
}

// Stats counts the register. ByLanguage counts documents ("und" for those
// without a language); Suppliers counts distinct suppliers and providers,
// Recipients distinct recipients. Reviews apply: rejected facts are not
// counted, corrected parties count as corrected.
func (s *Store) Stats(ctx context.Context) (domain.Stats, error) {
	st := domain.Stats{ByType: map[string]int{}, ByLanguage: map[string]int{}}
	sel := `SELECT lower(f.type) AS type, upper(` + rv("f.supplier") + `) AS supplier,
		upper(CASE WHEN f.supplier IS NULL THEN ` + rvSupplier + ` ELSE f.provider END) AS provider,
		upper(` + rv("f.recipient") + `) AS recipient
		FROM facts f` + joinReviews + ` WHERE ` + notRejected
	if err := s.pool.QueryRow(ctx, `WITH sel AS (`+sel+`) SELECT
			(SELECT COUNT(*) FROM documents),
			(SELECT COUNT(*) FROM sel),
			(SELECT COUNT(*) FROM (SELECT supplier FROM sel WHERE supplier IS NOT NULL
			                       UNION SELECT provider FROM sel WHERE provider IS NOT NULL) p),
			(SELECT COUNT(DISTINCT recipient) FROM sel)`).
		Scan(&st.Documents, &st.Facts, &st.Suppliers, &st.Recipients); err != nil {
		return st, fmt.Errorf("postgres: stats: %w", err)
	}
	for _, c := range []struct {
		query string
		into  map[string]int
	}{
		{`WITH sel AS (` + sel + `) SELECT type, COUNT(*) FROM sel GROUP BY 1`, st.ByType},
		{`SELECT COALESCE(NULLIF(lower(language), ''), 'und'), COUNT(*) FROM documents GROUP BY 1`, st.ByLanguage},
	} {
		rows, err := s.pool.Query(ctx, c.query)
		if err != nil {
			return st, fmt.Errorf("postgres: stats: %w", err)
		}
		var (
			k string
			n int
		)
		if _, err := pgx.ForEachRow(rows, []any{&k, &n}, func() error { c.into[k] = n; return nil }); err != nil {
			return st, fmt.Errorf("postgres: stats: %w", err)
		}
	}
	return st, nil
}
