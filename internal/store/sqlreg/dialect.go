package sqlreg

import (
	"strconv"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/store/rows"
)

// Kind is the SQL type a JSON value is read as.
type Kind int

// The kinds of JSON values.
const (
	Text Kind = iota
	Int
	Real
)

// Dialect is what SQLite and PostgreSQL write differently. The shared SQL
// is written in SQLite's words with ? placeholders; a Dialect rewrites
// the placeholders (Rebind) and supplies the expressions below.
type Dialect interface {
	// Name names the adapter in errors ("sqlite", "postgres").
	Name() string
	// Rebind rewrites the ? placeholders of q (outside quotes and
	// comments) into the database's own.
	Rebind(q string) string
	// JSON is the value at path ($.a.b) of the JSON column col, as kind;
	// NULL when absent.
	JSON(col, path string, kind Kind) string
	// JSONHas is the condition "the JSON column col has a value at path".
	JSONHas(col, path string) string
	// HasParty is the condition "the parties array of fact f holds ?",
	// case-insensitively.
	HasParty() string
	// FactKey is the review key (rows.Key) of the fact row alias.
	FactKey(alias string) string
	// NoIndex keeps the planner from using an index for expr (SQLite's
	// unary plus); PostgreSQL needs no hint.
	NoIndex(expr string) string
	// FactYear is the year a fact f is filed under: its own, else its
	// document's (d) publication year.
	FactYear() string
	// Instr is the 1-based position of needle in hay, 0 when absent.
	Instr(hay, needle string) string
	// Greatest is the larger of a and b.
	Greatest(a, b string) string
	// OuterJoin is the join keyword that makes its left table the outer
	// loop (SQLite's CROSS JOIN); it is followed by ON.
	OuterJoin() string
	// Nulls is what makes an ORDER BY term sort NULLs as SQLite does
	// (first ascending, last descending).
	Nulls(desc bool) string
	// IndexedBy is a hint to read a table through an index.
	IndexedBy(index string) string
	// TextQuery is user words as the dialect's full-text query ("" when
	// nothing is searchable).
	TextQuery(s string) string
	// TextMatch is the condition "document d matches the full-text
	// query ?".
	TextMatch() string
	// SearchFrom is the FROM … WHERE … clause of the documents d that
	// match a full-text query (? placeholders, all bound to the query),
	// how many placeholders it has, and its best-first order.
	SearchFrom() (fromWhere string, n int, order string)
	// SearchWindow bounds the ranking to the most recently stored
	// matches where ranking every match costs too much: floor selects
	// the lowest key of the window (binds: query, window-1), cond
	// restricts SearchFrom to it (binds: floor), and older with
	// olderOrder select the matches below it, newest first (binds:
	// floor). All are "" when the database ranks every match.
	SearchWindow() (floor, cond, older, olderOrder string)
	// Time is t as the review tables store it: RFC 3339 text on SQLite,
	// a timestamp on PostgreSQL.
	Time(t time.Time) any
	// ForUpdate locks the rows a SELECT reads until the transaction ends
	// ("" where the transaction holds the database's write lock).
	ForUpdate() string
	// NextSeq is the value of a new document's seq (its place in the
	// order documents were stored) in an INSERT's VALUES.
	NextSeq() string
	// CreatedAt is t as documents.created_at keeps it: RFC 3339 text
	// with milliseconds on SQLite, a timestamp on PostgreSQL.
	CreatedAt(t time.Time) any
	// FTSTerms says that the full-text index of a long document holds
	// its distinct words (documents.fts_terms, rows.FTSTerms) rather than
	// its text: SQLite's FTS5 (PostgreSQL's tsvector is built from the
	// text).
	FTSTerms() bool
}

// SQLite is the dialect of the sqlite adapter (modernc.org/sqlite, FTS5).
var SQLite Dialect = sqliteDialect{}

// Postgres is the dialect of the postgres adapter (PostgreSQL 12+, pgx).
var Postgres Dialect = postgresDialect{}

type sqliteDialect struct{}

func (sqliteDialect) Name() string           { return "sqlite" }
func (sqliteDialect) Rebind(q string) string { return q }
func (sqliteDialect) JSON(col, path string, _ Kind) string {
	return `json_extract(` + col + `, '` + path + `')`
}
func (sqliteDialect) JSONHas(col, path string) string {
	return `json_type(` + col + `, '` + path + `') IS NOT NULL`
}
func (sqliteDialect) HasParty() string {
	return `EXISTS (SELECT 1 FROM json_each(f.parties) WHERE json_each.value = ? COLLATE NOCASE)`
}
func (sqliteDialect) FactKey(a string) string {
	return `lower(` + a + `.type || '|' || COALESCE(` + a + `.supplier, ` + a + `.provider, ` + a + `.member, '') || '|' ||
	COALESCE(` + a + `.recipient, '') || '|' || COALESCE(` + a + `.system_id, ` + a + `.system_name, ` + a + `.system_category, '') || '|' ||
	COALESCE(` + a + `.program, ` + a + `.organization, ` + a + `.name, '') || '|' || COALESCE(` + a + `.parties, ''))`
}
func (sqliteDialect) NoIndex(expr string) string { return "+" + expr }
func (sqliteDialect) FactYear() string {
	return `COALESCE(f.year, CAST(NULLIF(substr(d.published, 1, 4), '') AS INTEGER))`
}
func (sqliteDialect) Instr(hay, needle string) string { return "instr(" + hay + ", " + needle + ")" }
func (sqliteDialect) Greatest(a, b string) string     { return "MAX(" + a + ", " + b + ")" }
func (sqliteDialect) OuterJoin() string               { return "CROSS JOIN" }
func (sqliteDialect) Nulls(bool) string               { return "" }
func (sqliteDialect) IndexedBy(index string) string   { return " INDEXED BY " + index }

// TextQuery turns user input into an FTS5 query that cannot be a syntax
// error: every whitespace-separated word becomes a quoted string (a phrase
// when it holds several tokens, as "F-16" does), the words are ANDed, and
// operators such as AND, NEAR, ( or column filters are searched as plain
// words. A word ending in '*' is a prefix search.
func (sqliteDialect) TextQuery(s string) string {
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
func (sqliteDialect) TextMatch() string {
	return "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
}
func (sqliteDialect) SearchFrom() (string, int, string) {
	return ` FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ?`, 1,
		`documents_fts.rank, d.id`
}

// SearchWindow: ranking computes bm25 for every match, seconds for a
// word found in every document of a large register; FTS5 walks its
// index newest first and stops at the window's floor.
func (sqliteDialect) SearchWindow() (string, string, string, string) {
	return `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
		` AND documents_fts.rowid >= ?`, ` AND documents_fts.rowid < ?`, `documents_fts.rowid DESC`
}

func (sqliteDialect) Time(t time.Time) any { return t.UTC().Format(time.RFC3339Nano) }
func (sqliteDialect) ForUpdate() string    { return "" }
func (sqliteDialect) NextSeq() string      { return "(SELECT COALESCE(MAX(seq), 0) + 1 FROM documents)" }
func (sqliteDialect) FTSTerms() bool       { return true }
func (sqliteDialect) CreatedAt(t time.Time) any {
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

type postgresDialect struct{}

func (postgresDialect) Time(t time.Time) any { return t }
func (postgresDialect) ForUpdate() string    { return " FOR UPDATE" }

// NextSeq: seq is an identity column.
func (postgresDialect) NextSeq() string           { return "DEFAULT" }
func (postgresDialect) CreatedAt(t time.Time) any { return t }
func (postgresDialect) FTSTerms() bool            { return false }

func (postgresDialect) Name() string { return "postgres" }

// Rebind numbers the placeholders: ? becomes $1, $2, … outside string
// literals, quoted identifiers and comments.
func (postgresDialect) Rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				b.WriteString(q[i:])
				return b.String()
			}
			b.WriteString(q[i : i+j+2])
			i += j + 1
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				b.WriteString(q[i:])
				return b.String()
			}
			b.WriteString(q[i : i+j])
			i += j - 1
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// jsonPath is a $.a.b path as PostgreSQL's {a,b}.
func jsonPath(path string) string {
	return "'{" + strings.ReplaceAll(strings.TrimPrefix(path, "$."), ".", ",") + "}'"
}

func (postgresDialect) JSON(col, path string, kind Kind) string {
	e := `(` + col + ` #>> ` + jsonPath(path) + `)`
	switch kind {
	case Int:
		return `(` + e + `)::integer`
	case Real:
		return `(` + e + `)::double precision`
	}
	return e
}
func (postgresDialect) JSONHas(col, path string) string {
	return `(` + col + ` #> ` + jsonPath(path) + `) IS NOT NULL`
}
func (postgresDialect) HasParty() string {
	return `EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(f.parties) = 'array' THEN f.parties END) AS pe (value)
		WHERE pe.value = ? COLLATE nocase)`
}

// FactKey is fact_review_key (migration 006_review_key), rows.Key in SQL.
func (postgresDialect) FactKey(a string) string    { return "fact_review_key(" + a + ")" }
func (postgresDialect) NoIndex(expr string) string { return expr }
func (postgresDialect) FactYear() string {
	return `COALESCE(f.year, CASE WHEN d.published ~ '^[0-9]{4}' THEN substr(d.published, 1, 4)::integer END)`
}
func (postgresDialect) Instr(hay, needle string) string { return "strpos(" + hay + ", " + needle + ")" }
func (postgresDialect) Greatest(a, b string) string     { return "GREATEST(" + a + ", " + b + ")" }
func (postgresDialect) OuterJoin() string               { return "JOIN" }
func (postgresDialect) Nulls(desc bool) string {
	if desc {
		return " NULLS LAST"
	}
	return " NULLS FIRST"
}
func (postgresDialect) IndexedBy(string) string { return "" }

// TextQuery turns user input into a to_tsquery string that cannot be a
// syntax error: every whitespace-separated word becomes a quoted operand
// (a phrase when it holds several tokens, as "F-16" does) and the words
// are ANDed, so operators such as &, |, ! or ( are searched as plain
// words. A word ending in '*' is a prefix search.
func (postgresDialect) TextQuery(s string) string {
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

// TextMatch: armswatch_tsquery (migration 011_search_languages) is the
// query in every configuration, ORed: the words as written and their
// forms in English, French, Spanish and German.
func (postgresDialect) TextMatch() string { return "d.tsv @@ armswatch_tsquery(?)" }
func (postgresDialect) SearchFrom() (string, int, string) {
	return ` FROM documents d WHERE d.tsv @@ armswatch_tsquery(?)`, 2,
		`ts_rank(d.tsv, armswatch_tsquery(?)) DESC, d.id`
}
func (postgresDialect) SearchWindow() (string, string, string, string) { return "", "", "", "" }
