package extract

import "strings"

// arDropDateline removes the places of an undated Arabic dateline: "الرباط
// - سلمت الولايات المتحدة ...", "بيروت ـ تسلم الجيش ...". The city a story
// was filed from opens the sentence, a dash after it; it is no party (the
// dated datelines go in dropDateline).
func arDropDateline(toks []token, ms []mention) []mention {
	if len(toks) < 4 || !toks[0].arabic {
		return ms
	}
	cut := -1
	for k := 1; k <= 3 && k < len(toks); k++ {
		// the dash in the gap, or a tatweel written as one ("بيروت ـ")
		if g := toks[k].gap; strings.ContainsAny(g, "-–—ـ") && !strings.ContainsAny(g, "\n") || strings.Trim(toks[k].raw, "ـ") == "" {
			cut = k
			break
		}
	}
	if cut < 0 {
		return ms
	}
	return dropCountries(ms, func(m mention) bool { return m.tok1 <= cut })
}
