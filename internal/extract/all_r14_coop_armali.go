package extract

import "strings"

// r14coopMaliInList reports whether the Arabic word at k ("مالي",
// "ومالي") stands in a list of states, and so is Mali rather than
// "financial": a state's name (not a demonym, which "مالي" would qualify:
// "دعم أمريكي ومالي") ends right before it, or a state's name with "و"
// attached comes right after it ("موريتانيا ومالي والنيجر", "مالي
// والنيجر وبوركينا فاسو").
func r14coopMaliInList(toks []token, ms []mention, k int) bool {
	for _, m := range ms {
		if m.kind != mCountry || m.sub == "demonym" {
			continue
		}
		if m.tok1 == k && k > 0 && gapOK(toks[k].gap) {
			return true
		}
		if m.tok0 == k+1 && strings.HasPrefix(m.prefix, "و") {
			return true
		}
	}
	return false
}

// r14coopArKullMin reports whether the states named in toks[from:to] are
// an Arabic list opened by "كل من" ("each of") right after a word of
// joining: "انضمت كل من السويد وفنلندا إلى حلف شمال الأطلسي". The list is
// the states joined by "و" that end at most three words before to.
func (sc *sentScan) r14coopArKullMin(from, to int) bool {
	if sc.lw.code != "ar" {
		return false
	}
	cs := sc.countries()
	first, lastK, ok := sc.arConjoinedStates(from, to)
	if !ok {
		return false
	}
	p := cs[first].tok0
	if first == lastK || p < 2 || sc.toks[p-1].norm != "من" || sc.toks[p-2].norm != "كل" && sc.toks[p-2].norm != "كلا" {
		return false
	}
	lo := max(0, p-6)
	return sc.cueIn("member-strong", lo, p-2) || sc.cueIn("accession", lo, p-2) || sc.cueIn("membership", lo, p-2)
}
