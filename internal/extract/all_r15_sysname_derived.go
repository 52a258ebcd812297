package extract

// A derived-from phrase often names its base with the base's kind word
// between: "the export version of the Chinese HQ-9 air defence system"
// reads the same with "the HQ-9 air defence system" first; "النسخة
// التصديرية من منظومة صواريخ أرض-جو إتش كيو-9", "dérivé du système
// HQ-9", "Exportversion des Flugabwehrsystems HQ-9". derivedBase
// (all_r9_fresh_derived.go) took the mention right after the phrase (or
// after an article); r15DerivedKindRun lets a short run of kind words,
// demonyms, articles and descriptive words stand between ("a version of
// the Russian Su-27 fighter jet").

// r15DerivedKindRun reports whether the tokens [a, m.tok0) are a short run
// of words that only describe the system mention m (kind words, demonyms,
// articles) with no clause break. A system the catalogue
// names both ways ("FD-2000, the export version of the HQ-9 air defence
// system": one id) is one system named twice, not its own base.
func (sc *sentScan) r15DerivedKindRun(a int, m mention) bool {
	b := m.tok0
	if b <= a || b-a > 6 {
		return false
	}
	for _, o := range sc.mentions {
		if o.kind == mSystem && o.id == m.id && o.tok1 <= a {
			return false
		}
	}
	for t := a; t < b; t++ {
		if t > a && clauseGap(sc.toks[t]) {
			return false
		}
		if !sc.r15InGeneric(t) && !sc.lw.isTok("article", &sc.toks[t]) && !sc.descriptiveAt(t) {
			return false
		}
	}
	return !clauseGap(sc.toks[b])
}

// r15InGeneric reports whether token t lies inside a generic mention.
func (sc *sentScan) r15InGeneric(t int) bool {
	for _, o := range sc.mentions {
		if o.kind == mGeneric && t >= o.tok0 && t < o.tok1 {
			return true
		}
	}
	return false
}
