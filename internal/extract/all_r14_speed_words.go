package extract

import (
	"unicode"
	"unicode/utf8"
)

// esFutureWord reports whether a word, lower case, ends in "rá" or "rán"
// (esFutureVerb): its last runes lowered, not the whole word, for every
// word of a sentence.
func esFutureWord(raw string) bool {
	r, n := utf8.DecodeLastRuneInString(raw)
	if unicode.ToLower(r) == 'n' {
		raw = raw[:len(raw)-n]
		r, n = utf8.DecodeLastRuneInString(raw)
	}
	if unicode.ToLower(r) != 'á' {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(raw[:len(raw)-n])
	return unicode.ToLower(r) == 'r'
}
