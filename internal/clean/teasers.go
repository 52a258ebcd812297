package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Teasers and page navigation that carry no heading of their own:
//
//	truncated teasers  two lines or more in a row that end with a cut
//	                   ("... en possession ...", "... de 20 % …"): the
//	                   excerpts of other articles; a body paragraph does
//	                   not stop on a space and dots, let alone twice
//	pagination         "Page 2 sur 3 | « Précédent | Suivant »", "Seite 2
//	                   von 3", "« Anterior | Siguiente »"

var (
	// an excerpt cut short: a space, then three dots or an ellipsis
	cutEndRe = regexp.MustCompile(`\s(?:\.\.\.|…)\s*$`)
	// "Page 2 of 3" in the five languages
	pageOfRe = regexp.MustCompile(`(?i)^(?:page|seite|página|pagina|صفحة)\s*\d+\s*(?:of|sur|de|von|/|من)\s*\d+$`)
)

// isPagination reports whether l is nothing but page numbers and links to
// the previous and next page (the lexicon's noise-page-nav), between bars.
func isPagination(l string) bool {
	if utf8.RuneCountInString(l) > 80 || !strings.Contains(l, "|") {
		return false
	}
	nav := false
	for _, p := range strings.Split(l, "|") {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), "«»‹›<>←→"))
		switch {
		case p == "":
		case pageOfRe.MatchString(p) || isCounters(p):
			nav = true
		case words().pageNav[strings.ToLower(p)]:
			nav = true
		default:
			return false
		}
	}
	return nav
}

// dropCutTeasers drops every run of two lines or more (blank lines apart)
// that end with a cut: the excerpts of other articles.
func dropCutTeasers(lines []string) []string {
	cut := func(l string) bool { return l != "" && utf8.RuneCountInString(l) < 300 && cutEndRe.MatchString(l) }
	drop := make([]bool, len(lines))
	markRuns(lines, 0, cut, 2, false, drop)
	var out []string
	for i, l := range lines {
		if !drop[i] || l == "" {
			out = append(out, l)
		}
	}
	if len(out) == len(lines) {
		return lines
	}
	return out
}
