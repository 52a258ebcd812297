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
	return lw.set(kind).isWord(w)
}

// isTok is isWord of a token's word: the token's mark (phraseStarts.markOf,
// made once per token for every set) answers most tokens, which start no
// phrase of the kind, without a look-up of the word.
func (lw *langWords) isTok(kind string, t *token) bool {
	ps := lw.set(kind)
	if ps == nil || ps.idx != nil && !ps.idx.markOf(t).meets(ps.bit) {
		return false
	}
	return ps.isWord(t.norm)
}

// isWord reports whether w is a one-word phrase of the set.
func (ps *phraseSet) isWord(w string) bool {
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
