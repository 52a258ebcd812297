package extract

// leadMakerSupplier returns the state of a maker that opens the sentence
// as the subject of a supplying verb ("Piriou a livré trois patrouilleurs
// au Sénégal", "Naval Group a livré une corvette à l'Égypte", "Ocea
// delivered two boats"): makerSupplier reads the word before a maker,
// which a maker in first place does not have.
func (d *docScan) leadMakerSupplier(sc *sentScan) string {
	for _, m := range sc.mentions {
		if m.kind != mNamed || m.sub != "maker" || m.tok0 != 0 {
			continue
		}
		c := d.makerCountry(m.id)
		if c == "" {
			return ""
		}
		for _, o := range sc.countries() {
			if sc.makerSignedWith(o) {
				return c // "Dassault Aviation a signé un contrat avec l'Indonésie"
			}
		}
		if sc.suppliesAfter(m) {
			return c
		}
	}
	return ""
}

// makerSignedWith reports whether a state is the one a maker signed with:
// "Dassault Aviation a signé avec l'Indonésie un contrat pour 42 Rafale",
// "Navantia signed a contract with Saudi Arabia". A state signing with a
// state sells (signedWith); a company signing with a state sells to it.
func (sc *sentScan) makerSignedWith(m mention) bool {
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 || !sc.lw.isTok("with-prep", &sc.toks[k]) || m.sub == "demonym" {
		return false
	}
	maker := -1
	for _, o := range sc.mentions {
		if o.kind == mCountry && o.tok0 < k {
			return false // "L'Indonésie a signé avec Dassault": a state signs
		}
		if o.kind == mNamed && o.sub == "maker" && o.tok1 <= k && maker < 0 {
			maker = o.tok1
		}
	}
	if maker < 0 {
		return false
	}
	_, ok := sc.lw.set("agreement-sign").any(sc.toks, maker, k)
	if !ok {
		_, ok = sc.lw.set("stage-ordered").any(sc.toks, maker, k)
	}
	return ok
}
