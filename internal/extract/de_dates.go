package extract

import (
	"strings"
	"unicode"
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
		return w >= 3 && before[w-1] == ' ' && before[w-2] == '.' && unicode.IsDigit(before[w-3]) && monthAbbrevDE[string(before[w:])]
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
	if w < len(after) && after[w] == '.' {
		return monthAbbrevDE[word] // "3. Okt. 2024"
	}
	if monthNamesDE[word] {
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

// monthNamesDE are the German months as written after a day ("Jänner" in
// Austria).
var monthNamesDE = map[string]bool{
	"Januar": true, "Jänner": true, "Februar": true, "Feber": true, "März": true, "April": true,
	"Mai": true, "Juni": true, "Juli": true, "August": true, "September": true,
	"Oktober": true, "November": true, "Dezember": true,
}

// monthAbbrevDE are their short forms, with their own period.
var monthAbbrevDE = map[string]bool{
	"Jan": true, "Feb": true, "Mär": true, "Apr": true, "Aug": true, "Sep": true,
	"Sept": true, "Okt": true, "Nov": true, "Dez": true,
}
