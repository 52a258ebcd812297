package extract

import (
	"strings"
	"sync"
	"unicode"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// ordinalDate reports whether a period ends the day of a German date, not
// a sentence: "am 20. Oktober", "Berlin, 3. März 2024 —", "seit dem 1.
// Jänner". The period follows a day number (one or two digits standing
// alone) and the next word is a month's name. before is the sentence so
// far, up to the period; after starts at the next word.
func ordinalDate(before, after []rune) bool {
	n := len(before)
	// "12. Okt. 2023": the short month's own period, a year after it
	if len(after) > 0 && unicode.IsDigit(after[0]) {
		w := n
		for w > 0 && n-w < 5 && unicode.IsLetter(before[w-1]) {
			w--
		}
		_, short := monthsDE()
		return w >= 3 && before[w-1] == ' ' && before[w-2] == '.' && unicode.IsDigit(before[w-3]) && short[string(before[w:])]
	}
	d := 0
	for d < n && d < 3 && unicode.IsDigit(before[n-1-d]) {
		d++
	}
	if d == 0 || d > 2 || n > d && !unicode.IsSpace(before[n-1-d]) && before[n-1-d] != '(' {
		return false
	}
	w := 0
	for w < len(after) && w < 10 && unicode.IsLetter(after[w]) {
		w++
	}
	if w < 3 || w == len(after) && w >= 10 {
		return false
	}
	word := string(after[:w])
	names, short := monthsDE()
	if w < len(after) && after[w] == '.' {
		return short[word] // "3. Okt. 2024"
	}
	if names[word] {
		return true
	}
	// "von der 1. Panzerdivision", "zum 19. Mal", "am 3. Tag": an article
	// before the number makes it an ordinal before a noun
	return unicode.IsUpper(after[0]) && ordinalArticlesDE[lastWordLower(before[:n-d])]
}

// ordinalArticlesDE are the articles (and prepositions fused with one)
// that stand before a German ordinal written as a number.
var ordinalArticlesDE = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"am": true, "im": true, "zum": true, "zur": true, "vom": true, "beim": true,
}

// lastWordLower is the last word of s, before its trailing spaces, in
// lower case.
func lastWordLower(s []rune) string {
	e := len(s)
	for e > 0 && unicode.IsSpace(s[e-1]) {
		e--
	}
	b := e
	for b > 0 && unicode.IsLetter(s[b-1]) {
		b--
	}
	return strings.ToLower(string(s[b:e]))
}

// monthsDE reads the German months from the lexicon's "month" words
// (lang_de.tsv), once: names, as written after a day ("Jänner" in
// Austria), and short forms, written with their own period ("Okt."): a
// short form is a word that begins another month word of the same month.
var monthsDE = sync.OnceValues(func() (names, short map[string]bool) {
	names, short = map[string]bool{}, map[string]bool{}
	lg := lexicon.Default().Lang("de")
	if lg == nil {
		return names, short
	}
	ws := lg.Words["month"]
	for _, w := range ws {
		abbrev := false
		for _, o := range ws {
			if o.Value == w.Value && len(o.Text) > len(w.Text) && strings.HasPrefix(o.Text, w.Text) {
				abbrev = true
			}
		}
		if abbrev {
			short[w.Text] = true
		} else {
			names[w.Text] = true
		}
	}
	return names, short
})
