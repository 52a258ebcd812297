package extract

// This file reads a donation valued at a sum as goods handed over, not
// money given: "una donación valorada en 2,4 millones de dólares", "la
// donación vale aproximadamente 3,5 millones de dólares", "Esta parte de
// la donación está valorada en cinco millones", "un don évalué à 1,1
// milliard de francs CFA". One values goods; money given has no value of
// its own. The corpus writes such a donation as an aggregate of the two
// states (es-rs-03, es-rs-94, ar-rs-12, fr-rs-25), the assistance reading
// optional. aidInKind (cooperation.go) calls it, so that the aid rule
// leaves the sum to the aggregate rule, as for "una donación de equipos …
// con un valor de …".

// r16freshDonationValued reports whether an aid word of the sentence that
// names a donation (lexicon kind "donation-noun") has a word that
// values goods (kind "r16fresh-valued") within the three words after it,
// a verb of being between them allowed ("está valorada").
func (sc *sentScan) r16freshDonationValued() bool {
	aid := sc.lw.set("aid")
	valued := sc.lw.set("r16fresh-valued")
	if aid == nil || valued == nil {
		return false
	}
	for _, p := range sc.cuePositions("aid") {
		n, _ := aid.at(sc.toks, p)
		if n == 0 || !sc.r16freshDonationAt(p, n) {
			continue
		}
		if q, ok := valued.any(sc.toks, p+n, p+n+3); ok && q >= p+n {
			return true
		}
	}
	return false
}

// r16freshDonationAt reports whether the aid words at [p, p+n) hold a noun
// of donation: "donación", "don", "هبة", "Schenkung".
func (sc *sentScan) r16freshDonationAt(p, n int) bool {
	for k := p; k < p+n && k < len(sc.toks); k++ {
		if sc.lw.isTok("donation-noun", &sc.toks[k]) {
			return true
		}
	}
	return false
}
