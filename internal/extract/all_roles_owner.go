package extract

// A second-hand system's former owner named through its armed forces:
// "18 F-16 from the Royal Netherlands Air Force", "P-3C de segunda mano
// de la Fuerza Aérea de Noruega", "F-16 d'occasion de l'armée de l'air
// néerlandaise", "Alpha Jet retirados por la Fuerza Aérea alemana",
// "retired by the German Air Force". formerOwner and fromAfterVerb
// (roles.go) read the words right before the state; here they are read
// before the phrase for the state's forces.

// forcesPhraseStart returns the first token of the phrase for a state's
// armed forces that m belongs to ("the Royal Netherlands Air Force", "la
// Fuerza Aérea de Noruega", "l'armée de l'air néerlandaise", "القوات
// الجوية الهولندية"), or -1.
func (sc *sentScan) forcesPhraseStart(m mention) int {
	forces := sc.lw.set("armed-forces")
	// the state before the forces word: "Netherlands Air Force", "the
	// Dutch air force", "der deutschen Luftwaffe"
	if n, _ := forces.at(sc.toks, m.tok1); n > 0 {
		s := m.tok0
		if s > 0 && sc.toks[s-1].norm == "royal" {
			s--
		}
		return s
	}
	// the forces word before the state, "of"/"de" or nothing between
	k := m.tok0 - 1
	for k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k >= 0 && sc.lw.isTok("of-prep", &sc.toks[k]) { // transfer.go: "of", "de", "der", "من"
		k--
	}
	for p := k; p >= 0 && p >= k-3; p-- {
		if n, _ := forces.at(sc.toks, p); n > 0 && p+n == k+1 {
			return p
		}
	}
	return -1
}

// forcesOwner reports whether m names, through its armed forces, the state
// a system came from: the forces phrase follows a source preposition
// ("from", "desde", "من", "en provenance de"), a former-owner phrase ("de
// segunda mano de", "d'occasion de") or a participle of retiring and its
// agent ("retired by", "retirados por").
func (sc *sentScan) forcesOwner(m mention) bool {
	s := sc.forcesPhraseStart(m)
	if s < 0 {
		return false
	}
	k := s - 1
	for k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	switch sc.toks[k].norm {
	case "from", "desde", "من": // not "von", also the passive agent: "von der deutschen Luftwaffe bestellt"
		return true
	case "by", "por", "par":
		return k > 0 && sc.lw.isTok("retire", &sc.toks[k-1]) // a participle of retiring before "by" and the former owner (lang_<code>.tsv)
	}
	for j := k; j >= 0 && j >= k-3; j-- {
		if n, _ := sc.lw.set("supplier-prep").at(sc.toks, j); n > 1 && j+n == k+1 {
			return true // "en provenance de l'armée de l'air"
		}
	}
	for _, ph := range formerOwnerBefore {
		if spells(sc.toks, k+1-len(ph), ph) {
			return true // "de segunda mano de", "d'occasion de"
		}
	}
	return false
}
