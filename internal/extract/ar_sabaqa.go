package extract

import "strings"

// arLamSubject reads a state written with "ل" after "سبق" (it has
// happened that) and followed by "أن" and a verb: "سبق لفرنسا أن باعت قطر
// مقاتلات ميراج" (France has before sold Qatar Mirage fighters), "وسبق
// لمصر أن وقّعت عقدا". The "ل" marks the subject of the verb after "أن",
// not the one a thing goes to: the verb says whether the state gives or
// gets. ok is false when the construction is absent.
func (sc *sentScan) arLamSubject(m mention) (sup, rec, ok bool) {
	v := sc.arLamSubjectVerb(m)
	if v < 0 {
		return false, false, false
	}
	r, s := verbRole(sc, v)
	return s, r, true
}

// arLamSubjectVerb returns the token of the verb after "سبق لـX أن", or
// -1.
func (sc *sentScan) arLamSubjectVerb(m mention) int {
	if sc.lw.code != "ar" || !strings.HasSuffix(m.prefix, "ل") || m.tok0 < 1 || m.tok1+1 >= len(sc.toks) {
		return -1
	}
	if !sc.lw.isTok("already-verb", &sc.toks[m.tok0-1]) || strings.ContainsAny(sc.toks[m.tok0].gap, ",،.:") {
		return -1
	}
	if a := sc.toks[m.tok1].norm; a != "ان" && a != "أن" {
		return -1
	}
	return m.tok1 + 1
}

// arObjectAfterLamSubject reports whether the giving verb at token k
// follows "سبق لـX أن": its subject is the state before "أن", so a state
// right after the verb is its object, the one given to ("سبق لفرنسا أن
// باعت قطر").
func (sc *sentScan) arObjectAfterLamSubject(k int) bool {
	for _, c := range sc.countries() {
		if c.tok1 < k && sc.arLamSubjectVerb(c) == k {
			return true
		}
	}
	return false
}
