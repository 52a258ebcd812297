package extract

// hypotheticalFor reports a hypothetical cue in the clause [from, to) of a
// system m, leaving out the cues of a relative clause right after the
// system: that clause describes it ("which could fly twenty more years"),
// it does not make its transfer a plan.
func (sc *sentScan) hypotheticalFor(m mention, from, to int) bool {
	for _, p := range sc.cuePositions("hypothetical") {
		if p < m.tok0 && sc.lw.isTok("prospect-noun", &sc.toks[p]) {
			return true // "se dan las premisas para …, sobre todo en el suministro de Yak-130"
		}
		if p < from || p >= to {
			continue
		}
		if p >= m.tok1 && sc.relativeBetween(m.tok1, p) {
			continue
		}
		if sc.enReportedWould(p) {
			continue // en_r2_would.go: "said Germany would send", a pledge
		}
		if sc.cueIn("hypothetical", p, p+1) {
			return true
		}
	}
	return false
}

// relativeBetween reports a relative word within the three tokens after
// from (the end of a system's mention) and before p.
func (sc *sentScan) relativeBetween(from, p int) bool {
	for k := from; k < p && k <= from+3 && k < len(sc.toks); k++ {
		if sc.lw.isTok("relative-pronoun", &sc.toks[k]) {
			return true
		}
	}
	return false
}
