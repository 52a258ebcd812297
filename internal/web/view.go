package web

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/helptext"
)

// Bidirectional control characters that could reorder what surrounds them
// on a page (embeddings, overrides, isolates). Text from documents has them
// replaced by U+FFFD before it is rendered: one rune for one, so evidence
// offsets still hold.
func stripBidi(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// cleanFact strips bidi controls from everything in a fact that came from a
// document.
func cleanFact(f *domain.RegisterFact) {
	f.Source = stripBidi(f.Source)
	f.Evidence.Text = stripBidi(f.Evidence.Text)
	f.Attribution = stripBidi(f.Attribution)
	f.Name = stripBidi(f.Name)
	if f.System != nil {
		sys := *f.System
		sys.Name, sys.Mention, sys.Designation = stripBidi(sys.Name), stripBidi(sys.Mention), stripBidi(sys.Designation)
		f.System = &sys
	}
	for _, n := range []**domain.Named{&f.Program, &f.Organization} {
		if *n != nil {
			c := **n
			c.Name = stripBidi(c.Name)
			*n = &c
		}
	}
	for _, p := range []**domain.Party{&f.Supplier, &f.Recipient, &f.Provider, &f.Member} {
		if *p != nil {
			c := **p
			c.Org = stripBidi(c.Org)
			*p = &c
		}
	}
	for i := range f.Parties {
		f.Parties[i].Org = stripBidi(f.Parties[i].Org)
	}
}

func cleanFacts(fs []domain.RegisterFact) []domain.RegisterFact {
	for i := range fs {
		cleanFact(&fs[i])
	}
	return fs
}

// countryName is a country's English name, or the code (or organisation)
// as given.
func (s *Server) countryName(code string) string {
	if c, ok := s.lex.Country(code); ok && len(code) == 2 {
		return c.Name
	}
	return code
}

func (s *Server) partyName(p *domain.Party) string {
	if p == nil || p.IsZero() {
		return ""
	}
	if p.Code != "" {
		return s.countryName(p.Code)
	}
	return p.Org
}

// money formats US dollars for reading: $524 million, $1.2 billion.
func money(v float64) string {
	switch {
	case v <= 0:
		return ""
	case v >= 1e9:
		return "$" + trimFloat(v/1e9) + " billion"
	case v >= 1e6:
		return "$" + trimFloat(v/1e6) + " million"
	case v >= 1e3:
		return "$" + trimFloat(v/1e3) + " thousand"
	}
	return "$" + strconv.FormatFloat(v, 'f', 0, 64)
}

func trimFloat(v float64) string {
	if v >= 100 {
		return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	}
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// factValue is a fact's value in dollars when known, else as stated; an
// amount armswatch converted shows as stated, then in dollars.
func factValue(f domain.Fact) string {
	if f.ValueUSD > 0 && f.USDBasis != "" && f.Value != nil && f.Value.Amount > 0 {
		return strings.TrimPrefix(money(f.Value.Amount), "$") + " " + f.Value.Currency + " (≈ " + money(f.ValueUSD) + ")"
	}
	if f.ValueUSD > 0 {
		return money(f.ValueUSD)
	}
	if f.Value != nil && f.Value.Amount > 0 {
		return strings.TrimPrefix(money(f.Value.Amount), "$") + " " + f.Value.Currency
	}
	return ""
}

func systemName(sys *domain.System) string {
	if sys == nil {
		return ""
	}
	switch {
	case sys.Name != "":
		return sys.Name
	case sys.Mention != "":
		return sys.Mention + " (" + sys.Category + ")"
	}
	return sys.Category
}

func namedName(n *domain.Named) string {
	if n == nil {
		return ""
	}
	return n.Name
}

// describe is a fact in one line of plain text (escaped by the templates).
func (s *Server) describe(f domain.RegisterFact) string {
	var b strings.Builder
	parties := func() string {
		var ns []string
		for i := range f.Parties {
			ns = append(ns, s.partyName(&f.Parties[i]))
		}
		return strings.Join(ns, ", ")
	}
	attrs := func(xs ...string) {
		var keep []string
		for _, x := range xs {
			if x != "" && x != "0" {
				keep = append(keep, x)
			}
		}
		if len(keep) > 0 {
			b.WriteString(" — " + strings.Join(keep, ", "))
		}
	}
	year := ""
	if f.Year > 0 {
		year = strconv.Itoa(f.Year)
	}
	switch f.Type {
	case domain.TypeTransfer:
		fmt.Fprintf(&b, "%s → %s: ", s.partyName(f.Supplier), s.partyName(f.Recipient))
		if f.Quantity > 0 {
			fmt.Fprintf(&b, "%d × ", f.Quantity)
		}
		b.WriteString(systemName(f.System))
		attrs(factValue(f.Fact), f.Stage, year)
	case domain.TypeAggregate:
		fmt.Fprintf(&b, "%s → %s: arms deals in all", s.partyName(f.Supplier), s.partyName(f.Recipient))
		attrs(factValue(f.Fact), year)
	case domain.TypeAssistance:
		fmt.Fprintf(&b, "%s → %s: %s", s.partyName(f.Provider), s.partyName(f.Recipient), namedName(f.Program))
		attrs(factValue(f.Fact), year)
	case domain.TypeAgreement:
		name := f.Name
		if name == "" {
			name = "Agreement"
		}
		fmt.Fprintf(&b, "%s: %s", name, parties())
		dur := ""
		if f.DurationYears > 0 {
			dur = strconv.Itoa(f.DurationYears) + " years"
		}
		attrs(year, dur)
	case domain.TypeMembership:
		fmt.Fprintf(&b, "%s is a member of %s", s.partyName(f.Member), namedName(f.Organization))
		attrs(year)
	case domain.TypeExercise:
		fmt.Fprintf(&b, "Exercise %s: %s", f.Name, parties())
		attrs(year)
	default:
		b.WriteString(f.Type)
	}
	return b.String()
}

// citeURL is where a fact's evidence is highlighted.
func citeURL(f domain.RegisterFact) string {
	return "/documents/" + url.PathEscape(f.DocumentID) + "#fact-" + strconv.Itoa(f.Ordinal)
}

// sourceLabel is a short name for a document's source.
func sourceLabel(src string) string {
	src = stripBidi(src)
	if u, err := url.Parse(src); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	if i := strings.LastIndexAny(src, `/\`); i >= 0 {
		return src[i+1:]
	}
	return src
}

// webURL is src when it is an http(s) URL, for a link; else "".
func webURL(src string) string {
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// highlight escapes a search snippet and marks the store's matches.
func highlight(snippet string) template.HTML {
	esc := template.HTMLEscapeString(stripBidi(snippet))
	esc = strings.ReplaceAll(esc, domain.HighlightStart, "<mark>")
	esc = strings.ReplaceAll(esc, domain.HighlightEnd, "</mark>")
	return template.HTML(esc)
}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"country":  s.countryName,
		"party":    s.partyName,
		"describe": s.describe,
		"money":    money,
		"leftOut":  leftOut,
		"value":    factValue,
		"cite":     citeURL,
		"source":   sourceLabel,
		"weburl":   webURL,
		"system":   systemName,
		"named":    namedName,
		"dir": func(lang string) string {
			if isRTL(lang) {
				return "rtl"
			}
			return "ltr"
		},
		"pathesc":   url.PathEscape,
		"highlight": highlight,
		"add":       func(a, b int) int { return a + b },
		// toreview: a fact nobody reviewed, extracted with a confidence
		// below the server's threshold.
		"toreview": func(f domain.RegisterFact) bool {
			return f.ReviewStatus == "" && f.Confidence < s.opts.ReviewBelow
		},
		"dict": func(v view, f domain.RegisterFact, back string) reviewArgs {
			return reviewArgs{V: v, F: f, Back: back}
		},
		// the country fields' suggestions and the /help page (help.go)
		"countryOptions": func() []countryOption { return countryOptions(s.lex) },
		"helpSpans":      helptext.Spans,

		"categories": func() []string { return domain.Categories },
		"stages":     func() []string { return stages },
		"types":      func() []string { return types },
		"sortfields": func() []string { return domain.SortFields },
		"num": func(n int) string {
			s := strconv.Itoa(n)
			for i := len(s) - 3; i > 0; i -= 3 {
				s = s[:i] + "," + s[i:]
			}
			return s
		},
	}
}

// reviewArgs is what the "review" template gets.
type reviewArgs struct {
	V    view
	F    domain.RegisterFact
	Back string
}
