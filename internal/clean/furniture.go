package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// More page furniture of plain text, told by its shape:
//
//	tag lines        "وسم: الكويت، إيطاليا، يوروفايتر", "Etiquetas: Defensa,
//	                 Armada": a tag label, a colon and a list of short items
//	signatures       "B.S.H.", "(red RE, HP)", "( Xinhua )": an editor's
//	                 initials or an agency's name alone in parentheses
//	inline teasers   "Mehr Artikel: headline | headline", "More stories:
//	                 headline": a teaser heading and headlines on one line
//	site sections    "Bundesministerium der Verteidigung | Aktuelles",
//	                 "الحوار | أرشيف": a site's name and a section between
//	                 bars, above the first body paragraph (not the first
//	                 line, the headline) or below the last

var (
	// a tag label and its list: "Tags: a, b", "وسم: الكويت، إيطاليا"
	tagLabelRe = regexp.MustCompile(`(?i)^(?:tags?|tagged(?: with)?|topics?|keywords?|mots?[- ]clés?|étiquettes?|thèmes?|sujets?|etiquetas?|temas?|palabras? clave|schlagw[öo]rte?r?|stichw[öo]rte?r?|themen|وسم|الوسم|وسوم|الوسوم|كلمات مفتاحية|الكلمات المفتاحية|كلمات دلالية|الكلمات الدلالية)\s*[:：]\s*(\S.*)$`)
	// an editor's initials: "B.S.H.", "(red RE, HP)", "(jdo/AFP)" is
	// parenCreditRe's
	initialsRe = regexp.MustCompile(`^(?:\p{Lu}\.){2,5}$|^\(\s*(?:red\.?\s+)?\p{Lu}{1,4}(?:\s*[,/]\s*\p{Lu}{1,4}){0,4}\s*\)$`)
	// an agency's or a site's name alone in parentheses: "( Xinhua )"
	parenNameRe = regexp.MustCompile(`^\(\s*\p{Lu}[\pL.&-]*(?:\s+\p{Lu}[\pL.&-]*)?\s*\)$`)
)

// isTagLine reports whether l is a tag label and a list of short items.
func isTagLine(l string, n int) bool {
	if n >= 200 || endsSentence(l) && !strings.HasSuffix(l, ".") {
		return false
	}
	m := tagLabelRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	items := strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune(",،|/·;", r) })
	for _, it := range items {
		if k := len(strings.Fields(it)); k == 0 || k > 4 {
			return false
		}
	}
	return len(items) >= 2 || len(items) == 1 && len(strings.Fields(items[0])) <= 2
}

// isSignature reports whether l is an editor's initials or an agency's
// name alone in parentheses.
func isSignature(l string, n int) bool {
	return n <= 30 && (initialsRe.MatchString(l) || parenNameRe.MatchString(l))
}

// isInlineTeasers reports whether l is a teaser heading of two teaser
// words or more ("Mehr Artikel", "More stories", "Plus d'actualités"), a
// colon and the headlines of other articles, no sentence.
func isInlineTeasers(l string, n int) bool {
	if n >= 250 || endsSentence(l) {
		return false
	}
	i := strings.IndexAny(l, ":：")
	if i <= 0 {
		return false
	}
	head, tail := l[:i], strings.TrimSpace(l[i+1:])
	fs := letterWords(head)
	if tail == "" || len(fs) > 4 || hasDigitWord(head) {
		return false
	}
	k := 0
	for _, f := range fs {
		if words().teaserHeads[f] {
			k++
		}
	}
	return k >= 2
}

// isSiteSection reports whether l is a site's name and a section between
// bars: two or three pieces of at most five words, no number, no
// sentence.
func isSiteSection(l string) bool {
	if !strings.Contains(l, "|") || utf8.RuneCountInString(l) > 70 || endsSentence(l) || hasNumberWord(l) {
		return false
	}
	parts := strings.Split(l, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		fs := strings.Fields(p)
		if len(fs) == 0 || len(fs) > 5 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(fs[0]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}
