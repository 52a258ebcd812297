package extract

// A system named as the one another was made from: "Dérivé du Mi-171, le
// Mi-171Sh est un hélicoptère ...", "les CP-140 Aurora (dérivé du P-3
// Orion)", "the main repair contractor for Su-27 aircraft, the type the
// Su-30 was derived from", "el Z-9 es la versión del AS365N2 Dauphin". The
// base only describes the goods; read as traded, it made a transfer of a
// system no one sold. derivedBase gives such a mention the feature
// "derived-base" (features.go) for the model to weigh: the mention right
// after a phrase of kind `derived-from` (an article between), or the one
// a clause ends on that phrase closes, with the derived system between
// ("X, the type Y was derived from").
// It is a feature, not a filter: "The vessel is a version of the Type
// 071" names the goods themselves.

// derivedBase reports whether the system mention m is named as the base
// of another system.
func (sc *sentScan) derivedBase(m mention) bool {
	ps := sc.lw.set("derived-from")
	// "dérivé du P-3 Orion": the phrase ends at most one word before m
	for k := max(0, m.tok0-12); k < m.tok0; k++ {
		if n, _ := ps.at(sc.toks, k); n > 0 && (k+n == m.tok0 || k+n == m.tok0-1 && sc.lw.isTok("article", &sc.toks[k+n]) || sc.r15DerivedKindRun(k+n, m)) { // all_r15_sysname_derived.go: "export version of the HQ-9 air defence system"
			return true
		}
	}
	// "Su-27 aircraft, the type the Su-30 was derived from,": the phrase
	// closes the apposition that follows m
	for k := m.tok1; k < len(sc.toks) && k < m.tok1+10; k++ {
		if k > m.tok1+1 && clauseGap(sc.toks[k]) && !sc.inMention(k) {
			break
		}
		if n, _ := ps.at(sc.toks, k); n > 0 {
			end := k + n
			if end < len(sc.toks) && !clauseGap(sc.toks[end]) {
				return false
			}
			// the derived system is the relative clause's subject
			for _, o := range sc.mentions {
				if o.kind == mSystem && o.tok0 >= m.tok1 && o.tok1 <= k {
					return true
				}
			}
			return false
		}
	}
	return false
}
