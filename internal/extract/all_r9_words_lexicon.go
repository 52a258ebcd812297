package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// Word lists of the Go code moved to the lexicon (r9-words): a rule that
// read a map of words of every language at once (an English "the" counted
// in a Spanish text, a Spanish "los" in an English one) reads the kind of
// its document's language in lang_<code>.tsv instead, so that a
// language's words are found, reviewed and extended in one place. The
// matcher, which runs before a sentence has its langWords, keeps a
// langWords per language for the same reads.

// matcherWords returns the langWords of each of the lexicon's languages,
// for the matcher's reads of a kind by word (matcher.isWord).
func matcherWords(lex *lexicon.Lexicon) map[string]*langWords {
	out := map[string]*langWords{}
	for _, code := range lex.Langs() {
		out[code] = newLangWords(lex.Lang(code), code)
	}
	return out
}

// isWord reports whether w, a token's normalised word, is a one-word
// phrase of the kind in the language lang (langWords.isWord); a language
// the lexicon lacks has no words.
func (m *matcher) isWord(lang, kind, w string) bool {
	lw := m.words[lang]
	return lw != nil && lw.isWord(kind, w)
}

// isWordAny reports whether w is a one-word phrase of the kind in any of
// the lexicon's languages: the designation parser's reads where it has no
// language at hand (a designation's words are read in every language, as
// the catalogue's aliases are).
func (m *matcher) isWordAny(kind, w string) bool {
	for _, lw := range m.words {
		if lw.isWord(kind, w) {
			return true
		}
	}
	return false
}

// hasStem reports whether w, a token's normalised word, starts with a
// one-word phrase of the language's kind: the kinds of stems
// (making-stem: "produc" for "produced", "producción", "produziert").
func (lw *langWords) hasStem(kind, w string) bool {
	ps := lw.set(kind)
	if ps == nil {
		return false
	}
	for first, phs := range ps.byFirst {
		if strings.HasPrefix(w, first) {
			for _, p := range phs {
				if len(p.parts) == 1 {
					return true
				}
			}
		}
	}
	return false
}
