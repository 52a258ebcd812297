package extract

// frPartsHost reports whether the "host" cue at p ("destinées aux", "pour
// ses", "pièces de rechange pour") follows a word for parts in its clause,
// within four words, or starts with one: the system after the cue is
// what the parts are for, not what changes hands (hostOf).
func (sc *sentScan) frPartsHost(p int) bool {
	if sc.lw.code != "fr" {
		return false
	}
	if sc.lw.isTok("parts-word", &sc.toks[p]) {
		return true
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if gapBreaks(sc.toks[k+1].gap) {
			return false
		}
		if sc.lw.isTok("parts-word", &sc.toks[k]) {
			return true
		}
	}
	return false
}
