package extract

// dropBorder drops a state named as the other side of a border ("vigilar
// la frontera con Nicaragua", "la frontière avec le Mali", "the border with
// Poland", "die Grenze zu Polen", "الحدود مع الجزائر"): a neighbour a
// buyer's forces will watch is no party to the deal. A "border" phrase of
// the language ends right before the name, or one article before it.
func dropBorder(toks []token, ms []mention, lw *langWords) []mention {
	return dropStatesAfter(toks, ms, lw.set("border"), lw)
}

// dropStatesAfter drops the states named right after a phrase of set, or
// one article after it (border above, designer in es_r5_designer.go).
func dropStatesAfter(toks []token, ms []mention, set *phraseSet, lw *langWords) []mention {
	if set == nil {
		return ms
	}
	out := ms[:0] // in place: ms is the sentence's own list
	for _, m := range ms {
		if m.kind == mCountry && afterPhrase(set, toks, m.tok0, lw) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// afterPhrase reports whether a phrase of set ends at toks[end-1], or at
// toks[end-2] with an article between ("frontière avec le Mali").
func afterPhrase(set *phraseSet, toks []token, end int, lw *langWords) bool {
	for _, e := range []int{end, end - 1} {
		if e < end && (e < 0 || e >= len(toks) || !lw.isWord("article", toks[e].norm)) {
			continue
		}
		for n := 1; n <= 4; n++ {
			if k, _ := set.at(toks, e-n); k == n {
				return true
			}
		}
	}
	return false
}
