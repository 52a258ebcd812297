package extract

// Word lists that rules read as Go maps of words belong in the lexicon
// (lang_<code>.tsv), one kind per list, so that a language's words are
// found, reviewed and extended in one place and a rule never reads another
// language's words by accident. isWord is the check such a map made: a
// token's normalised word against the one-word phrases of a kind.

// isWord reports whether w, a token's normalised word (token.norm), is a
// one-word phrase of the language's kind. Only the word's own form counts:
// unlike phraseSet.at, no Arabic conjunction or pronoun is taken off.
func (lw *langWords) isWord(kind, w string) bool {
	ps := lw.phr[kind]
	if ps == nil {
		return false
	}
	for _, p := range ps.byFirst[w] {
		if len(p.parts) == 1 {
			return true
		}
	}
	return false
}
