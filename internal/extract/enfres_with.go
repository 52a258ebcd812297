package extract

// signedWith reports the role of a state named after "with" in a sentence
// that signs a contract: the buyer signs with the seller ("Peru signed
// with South Korea a contract for two frigates"). A contract for a sale or
// a supply is the seller's, signed with the buyer: not read here. ok is
// false when the construction is not there.
func (sc *sentScan) signedWith(m mention) (sup, rec, ok bool) {
	if sc.lw.code == "ar" {
		return sc.arSignedWith(m) // all_r8_enar_arwith.go: "وقعت بولندا عقدا مع كوريا الجنوبية"
	}
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 || !sc.lw.isTok("with-prep", &sc.toks[k]) || m.sub == "demonym" {
		return false, false, false
	}
	// a signing word shortly before "with", and a contract in the
	// sentence
	signed := false
	for _, p := range sc.cuePositions("stage-ordered") {
		if sc.signsWith(p, k) {
			if n, _ := sc.lw.set("agreement-sign").at(sc.toks, p); n > 0 {
				signed = true
			}
		}
	}
	for _, p := range sc.cuePositions("agreement-sign") {
		if sc.signsWith(p, k) {
			signed = true
		}
	}
	if !signed || len(sc.cuePositions("deal")) == 0 || len(sc.cuePositions("agreement-coop")) > 0 {
		return false, false, false
	}
	for _, t := range sc.toks {
		if sc.lw.isWord("sale-word", t.norm) {
			return sc.esSaleWith(k) // the seller signs: other rules read it (es_r4_salewith.go: "firmó con Egipto la venta")
		}
	}
	// "Le chantier naval français Piriou a conclu avec le Sénégal un
	// contrat", "Saab signed with Thailand": a firm signs with its buyer
	if sc.firmBefore(k) {
		return false, true, true
	}
	return true, false, true
}

// firmBefore reports whether a firm is named before token k: a word for a
// firm or a maker's name.
func (sc *sentScan) firmBefore(k int) bool {
	for j := 0; j < k; j++ {
		if sc.lw.isTok("company-word", &sc.toks[j]) {
			return true
		}
	}
	for _, o := range sc.mentions {
		if o.kind == mNamed && o.sub == "maker" && o.tok1 <= k {
			return true
		}
	}
	return false
}
