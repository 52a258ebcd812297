package extract

// esCoordinatedDesignations adds the second of two designations joined by
// "y"/"e" after a Spanish weapon noun: "drones Mohajer-2 y Arash-2",
// "blindados VN-18 y VN-1". The first is read after the noun (a lexicon
// system or one made from its designation); the second, with nothing but
// the conjunction before it, is read only when it has the shape of a code
// (letters and digits), as a system of the noun's category.
func (m *matcher) esCoordinatedDesignations(toks []token, covered []int, ms, add []mention, lang string) []mention {
	if lang != "es" {
		return add
	}
	free := func(a, b int) bool {
		for _, x := range add {
			if a < x.tok1 && x.tok0 < b {
				return false
			}
		}
		return true
	}
	n := len(add)
	for _, x := range append(ms[:len(ms):len(ms)], add[:n]...) {
		if x.kind != mSystem {
			continue
		}
		cat := ""
		for _, g := range ms {
			if g.kind == mGeneric && g.tok1 <= x.tok0 && x.tok0-g.tok1 <= 3 {
				cat = g.id
			}
		}
		k := x.tok1
		if cat == "" || k+1 >= len(toks) || toks[k].norm != "y" && toks[k].norm != "e" || toks[k].gap != " " || toks[k+1].gap != " " || covered[k] != 0 {
			continue
		}
		end, code := m.parseDesignation(toks, covered, k+1, false)
		if !code || end <= k+1 || !free(k+1, end) || end < len(toks) && !gapBreaks(toks[end].gap) && covered[end] == mGeneric {
			continue // "VN-18 y 20 camiones": a count, not a code
		}
		add = append(add, m.synthMention(toks, k+1, end, cat))
	}
	return add
}
