package rows

import (
	"strings"
	"unicode"
)

// Word is one word of a full-text query.
type Word struct {
	Text   string // the word as typed, without the trailing '*'s; may hold quotes and operators
	Prefix bool   // the word ended in '*': match words that start with Text
}

// SearchWords splits user input into the words a full-text query ANDs:
// whitespace-separated, words without a letter or digit dropped (so that
// stray operators and punctuation search nothing). Each adapter quotes the
// words for its own syntax, so that no input is a syntax error. No words
// means nothing is searchable.
func SearchWords(s string) []Word {
	var words []Word
	for _, w := range strings.Fields(s) {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		words = append(words, Word{Text: strings.TrimRight(w, "*"), Prefix: strings.HasSuffix(w, "*")})
	}
	return words
}
