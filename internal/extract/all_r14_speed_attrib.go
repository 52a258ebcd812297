package extract

import (
	"unicode"
	"unicode/utf8"
)

// attribRe and sameRe open with one of a few words, case-insensitive,
// and read no text before it: run on the sentence from where the first
// of them stands (foldIndex), they match what they match on the whole
// sentence, without trying every earlier position; where none stands,
// neither can match. sameRe is no more than its words. saidRe opens with
// a comma.

// r14AttribOpeners are attribRe's opening words, r14SameWords sameRe's.
var (
	r14AttribOpeners = newFoldWords("according to", "selon", "d'après", "según", "citing", "quoted by", "cité par", "حسب", "وفقا ل", "نقلا عن")
	r14SameWords     = newFoldWords("selon la même source", "according to the same source", "same source", "même source", "según la misma fuente", "المصدر نفسه", "نفس المصدر")
)

// foldWords are words as a (?i) regexp reads them: for each rune, the
// runes it matches (its case-folding orbit, unicode.SimpleFold).
type foldWords [][][]rune

func newFoldWords(words ...string) foldWords {
	var fw foldWords
	for _, w := range words {
		var orbits [][]rune
		for _, r := range w {
			o := []rune{r}
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				o = append(o, f)
			}
			orbits = append(orbits, o)
		}
		fw = append(fw, orbits)
	}
	return fw
}

// foldIndex returns the first byte offset of s where one of the words
// is spelt, as its (?i) regexp would match it there; -1 for none.
func (fw foldWords) foldIndex(s string) int {
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		for _, w := range fw {
			if runeIn(r, w[0]) && foldAt(s, i+n, w[1:]) {
				return i
			}
		}
		i += n
	}
	return -1
}

// foldAt reports whether the runes of s from byte i are in the orbits of
// w, one by one.
func foldAt(s string, i int, w [][]rune) bool {
	for _, o := range w {
		if i >= len(s) {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !runeIn(r, o) {
			return false
		}
		i += n
	}
	return true
}

func runeIn(r rune, o []rune) bool {
	for _, x := range o {
		if x == r {
			return true
		}
	}
	return false
}
