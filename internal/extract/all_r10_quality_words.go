package extract

import "strings"

// Word lists of round 8's rule files moved to the lexicon (r10-quality),
// as r9-words moved the older ones (all_r9_words_lexicon.go): a rule reads
// the kind of its document's language in lang_<code>.tsv instead of a Go
// map of every language's words at once. The kinds are prefixed
// quality- (internal/lexicon/data/README.md documents them).

// arWordPrefixes are the attached conjunctions, prepositions and articles
// an Arabic word may carry before a word of a kind (arInSet's list).
var arWordPrefixes = []string{"", "و", "ل", "ال", "وال", "لل", "ولل", "ب", "بال"}

// isArWord reports whether w, an Arabic token's normalised word, is a
// one-word phrase of the language's kind once an attached "و", "ل", "ال",
// "لل" or "ب" is taken off: what arInSet did for an arWordSet.
func (lw *langWords) isArWord(kind, w string) bool {
	for _, p := range arWordPrefixes {
		if strings.HasPrefix(w, p) && lw.isWord(kind, w[len(p):]) {
			return true
		}
	}
	return false
}

// hasArStem reports whether w, an Arabic token's normalised word, begins
// with a stem of the language's kind (hasStem) once an attached "و", "ل",
// "ال", "لل" or "ب" is taken off.
func (lw *langWords) hasArStem(kind, w string) bool {
	for _, p := range arWordPrefixes {
		if strings.HasPrefix(w, p) && lw.hasStem(kind, w[len(p):]) {
			return true
		}
	}
	return false
}
