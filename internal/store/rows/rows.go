// Package rows holds what the SQL storage adapters (internal/store/sqlite
// and internal/store/postgres) share and what depends on no database
// driver: the columns a fact is stored in and their values, the words of a
// full-text query before each adapter quotes them for its own search
// syntax, the list of a package's embedded migrations, the search hit
// both adapters return, and the dialect-free SQL fragments of money totals
// (constant dollars, amounts left out) with the table query's checks, and
// deal assignment (dealassign.go, dealwindow.go: which deals a write
// resolves again, over the adapter's queries, a DealTx). It runs no SQL.
package rows

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// FactColumns are the columns of the facts table that SaveDocument fills,
// in the order of the values Fact returns.
const FactColumns = `document_id, ordinal, type, supplier, recipient, provider, member, parties,
	system_id, system_name, system_category, system_terms, program, organization, name,
	quantity, value_amount, value_currency, value_qualifier, value_usd,
	stage, year, duration_years, attribution, confidence, rule,
	evidence_start, evidence_end, evidence_text, body,
	event_date, notice_transmittal, notice_date`

// NumFactColumns is the number of columns in FactColumns.
const NumFactColumns = 33

// BodyIndex is the position of body (the whole fact as JSON) in
// FactColumns.
const BodyIndex = 29

// FactPlaceholders are the value placeholders of an INSERT of
// FactColumns: "?, ?, …" (sqlite), or "$1, $2, …" when numbered (postgres).
func FactPlaceholders(numbered bool) string {
	ph := make([]string, NumFactColumns)
	for i := range ph {
		ph[i] = "?"
		if numbered {
			ph[i] = fmt.Sprintf("$%d", i+1)
		}
	}
	return strings.Join(ph, ", ")
}

// Facts returns the values of FactColumns for each fact of document docID,
// numbered from 0 in order. The error names the fact that cannot be
// encoded.
func Facts(docID string, facts []domain.Fact) ([][]any, error) {
	vals := make([][]any, len(facts))
	for i := range facts {
		v, err := Fact(docID, i, &facts[i])
		if err != nil {
			return nil, fmt.Errorf("fact %d: %w", i, err)
		}
		vals[i] = v
	}
	return vals, nil
}

// Fact returns the values of FactColumns for fact number ordinal of
// document docID. Empty strings and zero numbers are nil (SQL NULL); parties
// and body are JSON text. It fails only when the fact cannot be encoded as
// JSON (a NaN amount, say).
func Fact(docID string, ordinal int, f *domain.Fact) ([]any, error) {
	body, err := json.Marshal(f)
	if err != nil {
		return nil, err
	}
	var parties any
	if len(f.Parties) > 0 {
		b, err := json.Marshal(f.Parties)
		if err != nil {
			return nil, err
		}
		parties = string(b)
	}
	var sysID, sysName, sysCat, sysTerms any
	if f.System != nil {
		sysID = NullStr(f.System.ID)
		sysName = NullStr(f.System.Name)
		sysCat = NullStr(f.System.Category)
		sysTerms = NullStr(SystemTerms(f.System))
	}
	var amount, currency, qualifier any
	if f.Value != nil {
		amount, currency, qualifier = f.Value.Amount, NullStr(f.Value.Currency), NullStr(f.Value.Qualifier)
	}
	var transmittal, noticeDate any
	if f.Notice != nil {
		transmittal, noticeDate = NullStr(f.Notice.Transmittal), NullStr(f.Notice.Date)
	}
	return []any{
		docID, ordinal, f.Type,
		Party(f.Supplier), Party(f.Recipient), Party(f.Provider), Party(f.Member), parties,
		sysID, sysName, sysCat, sysTerms, Named(f.Program), Named(f.Organization), NullStr(f.Name),
		NullInt(f.Quantity), amount, currency, qualifier, NullFloat(f.ValueUSD),
		NullStr(f.Stage), NullInt(f.Year), NullInt(f.DurationYears),
		NullStr(f.Attribution), f.Confidence, NullStr(f.Rule),
		f.Evidence.Start, f.Evidence.End, f.Evidence.Text, string(body),
		NullStr(f.Date), transmittal, noticeDate,
	}, nil
}

// SystemTerms is what the System filter searches: the system's id, names and
// the words the text used, lower-cased, one per line.
func SystemTerms(sys *domain.System) string {
	var terms []string
	for _, t := range append([]string{sys.ID, sys.Name, sys.Designation, sys.Mention}, sys.Aliases...) {
		if t = strings.TrimSpace(t); t != "" {
			terms = append(terms, strings.ToLower(t))
		}
	}
	return strings.Join(terms, "\n")
}

// Party is the column value of a party: its code or organisation name, or
// nil for none.
func Party(p *domain.Party) any {
	if p == nil || p.IsZero() {
		return nil
	}
	return p.String()
}

// Named is the column value of a program or organisation: its name, or nil.
func Named(n *domain.Named) any {
	if n == nil {
		return nil
	}
	return NullStr(n.Name)
}

// FmtTime is t as stored (RFC 3339 text, UTC, nanoseconds kept), nil when
// t is zero.
func FmtTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// ParseTime reads a time FmtTime stored; the zero time for NULL or text
// that is not one.
func ParseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339Nano, s.String)
	return t
}

// NullStr is s, or nil when s is empty.
func NullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// NullInt is n, or nil when n is 0.
func NullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// NullFloat is f, or nil when f is 0.
func NullFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

// SearchHit is a document found by an adapter's SearchDocuments.
type SearchHit struct {
	ID      string
	Source  string
	Title   string
	Snippet string // a few words around the matches, which are between domain.HighlightStart and domain.HighlightEnd
}
