package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Menus whose entries only spaces separate: once a page loses its markup,
// a navigation bar becomes one line of section names with two spaces or
// more between them ("Inicio  Actualidad  Terrestre  Aire  Naval",
// "الرئيسية  سياسة  مجتمع  اقتصاد", "Zum Menü  Zum Inhalt"). A menu joined
// with "|" or "»" is a breadcrumb (isBreadcrumb); this one must be found
// before normaliseSpace collapses the spaces, which would leave a line of
// words like any other.
//
// A line is such a menu when the runs of two spaces or more cut it into
// minMenuEntries entries or more, each of one to three words, short, with
// no digit and no sentence mark, that start with a capital (or a letter of
// a script without case: Arabic); or into two entries or more that are
// each a whole noise line of the lexicon ("Zum Menü  Zum Inhalt", skip
// links). A sentence that the source's indentation cut ("Die Bundeswehr
// erhält  neue Panzer") has words in lower case, longer pieces or a
// sentence's end.

// A ticker of headlines is such a line too, after a ticker's label and a
// colon: "Flash : Le Parlement européen face à un test  Accident minier en
// Turquie : le bilan s'alourdit  Ukraine : ...". Its entries are headlines,
// none of which ends a sentence.

// minMenuEntries is the number of entries that makes a line of section
// names a menu.
const minMenuEntries = 4

// dropSpacedMenus blanks the lines of s (newline-separated, not yet
// collapsed) that are menus of entries separated by spaces. A text with
// none is returned as it is.
func dropSpacedMenus(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && isSpace(r) }) {
		return s
	}
	var b strings.Builder
	done := 0 // bytes of s already written to b
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if isSpacedMenu(s[start:end]) {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:start])
			done = end // the line goes, its newline stays
		}
		start = end + 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// isSpacedMenu reports whether line is a menu of entries separated by two
// spaces or more, or a ticker.
func isSpacedMenu(line string) bool {
	if len(line) > 2000 {
		return false
	}
	line = strings.TrimFunc(line, isSpace)
	if isTicker(line) {
		return true
	}
	if len(line) > 600 {
		return false
	}
	if utf8.RuneCountInString(line) > 200 || endsSentence(line) {
		return false
	}
	entries := spacedEntries(line)
	if len(entries) < 2 {
		return false
	}
	if len(entries) >= minMenuEntries && allMenuEntries(entries) {
		return true
	}
	w := words()
	for _, e := range entries {
		if !w.lines[lineKey(e)] {
			return false
		}
	}
	return true
}

// spacedEntries cuts line at its runs of two spaces or more (isSpace).
func spacedEntries(line string) []string {
	var out []string
	from, run, runStart := 0, 0, 0
	for i, r := range line {
		if isSpace(r) {
			if run == 0 {
				runStart = i
			}
			run++
			continue
		}
		if run >= 2 {
			out = append(out, line[from:runStart])
			from = i
		}
		run = 0
	}
	return append(out, line[from:])
}

// allMenuEntries reports whether every entry reads like a section's name:
// one to three words, at most 30 runes, no digit, no sentence mark, a
// capital first (or a letter without case).
func allMenuEntries(entries []string) bool {
	for _, e := range entries {
		if utf8.RuneCountInString(e) > 30 || hasDigitWord(e) || strings.ContainsAny(e, ".!?;:,،؛؟") {
			return false
		}
		if k := len(strings.Fields(e)); k == 0 || k > 3 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(e)
		if !unicode.IsUpper(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return false
		}
	}
	return true
}

// tickerRe matches a ticker's label and its colon, in the five languages.
var tickerRe = regexp.MustCompile(`(?i)^(?:flash(?: info)?|breaking(?: news)?|just in|dernière minute|dernières infos|en continu|última hora|ultima hora|urgente|eilmeldung|liveticker|ticker|newsticker|عاجل|آخر الأخبار)\s*[:：]\s*`)

// isTicker reports whether line is a ticker's label and two headlines or
// more separated by two spaces or more, none ending a sentence.
func isTicker(line string) bool {
	loc := tickerRe.FindStringIndex(line)
	if loc == nil {
		return false
	}
	entries := spacedEntries(line[loc[1]:])
	if len(entries) < 2 {
		return false
	}
	for _, e := range entries {
		if n := utf8.RuneCountInString(e); n == 0 || n > 160 || endsSentence(e) {
			return false
		}
	}
	return true
}
