package extract

// formerForces reports whether the state m is named by the armed forces
// that owned a system before: "three former Royal Australian Navy
// Adelaide-class frigates", "ex-Royal Netherlands Air Force F-16s",
// "frigates formerly operated by the Royal Australian Navy". The demonym
// of a force name after a word of a former owner ("former", "ex", "used",
// "retired") or after "formerly operated by", "royal" skipped, sells.
func (sc *sentScan) formerForces(m mention) bool {
	if sc.lw.code != "en" || m.tok0 < 1 {
		return false
	}
	k := m.tok0 - 1
	if sc.toks[k].norm == "royal" && k > 0 {
		k--
	}
	if sc.lw.isTok("former-word", &sc.toks[k]) {
		return sc.forcesBeside(m)
	}
	if sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	for _, ph := range formerOwnerBefore {
		if spells(sc.toks, k+1-len(ph), ph) {
			return true
		}
	}
	return false
}
