package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// The matcher tries an Arabic word without an attached preposition "ك"
// ("like", "as": "كطائرة", "كإف-16"), and a word that merely begins with
// the letter loses it too: "كتائب 212" (the 212th brigades) reads as
// "تايب 212", an alias of the Type 212 submarine, and "كان" (was) as the
// "ان" of "إن لاو" (NLAW). A word the lexicon itself lists whole (the first
// word of any of its Arabic phrases, or an ordinary word of lang_ar.tsv)
// is a word in its own right, not "ك" and a name: its ك stays on.

// r15KafWords returns the normalised words beginning with "ك" that the
// Arabic lexicon lists whole: the first word of any phrase of any kind.
func r15KafWords(lex *lexicon.Lexicon) map[string]bool {
	out := map[string]bool{}
	for _, code := range lex.Langs() {
		if code != "ar" {
			continue
		}
		for _, ws := range lex.Lang(code).Words {
			for _, w := range ws {
				toks := tokenize(w.Text, 0)
				if len(toks) > 0 && toks[0].arabic && strings.HasPrefix(toks[0].norm, "ك") {
					out[toks[0].norm] = true
				}
			}
		}
	}
	return out
}

// r15KafBlocked reports whether f, a variant of the Arabic word w that
// longestAt tries, is w without a leading "ك" (after an attached "و" or
// "ف") while w's word with its "ك" is a word of the lexicon.
func (m *matcher) r15KafBlocked(w, f string) bool {
	if len(m.kafWords) == 0 || f == w {
		return false
	}
	base := w
	for _, p := range [...]string{"و", "ف"} {
		if strings.HasPrefix(base, p+"ك") {
			base = base[len(p):]
			break
		}
	}
	if !strings.HasPrefix(base, "ك") || !m.kafWords[base] {
		return false
	}
	rest := base[len("ك"):]
	return f == rest || f == stripArticle(rest)
}
