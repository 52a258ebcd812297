package extract

// A state that buys weapons for another supplies them: "Lithuania has
// bought two NASAMS launchers for Ukraine" (pour, para, für, ل); a seller
// the sentence names keeps the role.

// buyForThird reads a purchase made for another state: "Lithuania has
// bought two NASAMS launchers for Ukraine", "La Lituanie a acheté deux
// lanceurs NASAMS pour l'Ukraine", "Lituania compró dos lanzadores NASAMS
// para Ucrania", "Litauen hat zwei NASAMS für die Ukraine gekauft",
// "اشترت ليتوانيا منصتي ناسامز لأوكرانيا". The buyer pays and hands the
// weapons on: it is the supplier of the state it bought them for, not the
// recipient of the maker's state (named only as where the weapons are
// made, or not at all); a seller the sentence names keeps selling, to the
// state bought for. It applies when the recipient so far is a
// state before the state named after "for" (itself after a buying verb of
// the recipient's clause, or before a verb-last German one); sup and rec
// are returned unchanged otherwise.
func (d *docScan) buyForThird(sc *sentScan, sup, rec string) (string, string) {
	if rec == "" || sup == "" {
		return sup, rec // no seller found: the text may name it in a way the rules miss ("à la République tchèque")
	}
	var buyer mention // the first mention of rec, a value: no allocation
	found := false
	for _, c := range sc.countries() {
		if c.id == rec && c.sub != "demonym" && !found {
			buyer, found = c, true
		}
	}
	if !found {
		return sup, rec
	}
	from, to := sc.clauseOf(buyer.tok0)
	buyAt := -1
	for _, kind := range []string{"buy-verb", "stage-ordered"} {
		for _, p := range sc.cuePositions(kind) {
			if p >= from && p < to && (buyAt < 0 || p < buyAt) {
				buyAt = p
			}
		}
	}
	if buyAt < 0 {
		return sup, rec
	}
	for _, c := range sc.countries() {
		if c.tok0 <= buyer.tok0 || c.id == rec || c.id == sup || c.sub == "demonym" || c.sub == "agency" {
			continue
		}
		if c.tok0 >= to && sc.lw.code != "de" {
			break
		}
		if !sc.forBefore(c) {
			continue
		}
		// the buying verb before the state ("bought … for Ukraine"), or,
		// German verb-last, after it ("für die Ukraine gekauft")
		if buyAt < c.tok0 || sc.lw.code == "de" && buyAt >= c.tok1 {
			if sc.namesBare(sup) {
				// "Les Pays-Bas ont acheté des chars pour l'Ukraine à la
				// République tchèque": a seller named as such still sells
				return sup, c.id
			}
			return rec, c.id
		}
	}
	return sup, rec
}

// forBefore reports whether a state follows "for" (with its article):
// "for Ukraine", "pour l'Ukraine", "para Ucrania", "für die Ukraine", an
// attached Arabic "ل" ("لأوكرانيا").
func (sc *sentScan) forBefore(c mention) bool {
	if sc.toks[c.tok0].arabic {
		return c.prefix == "ل" || c.prefix == "و"+"ل"
	}
	k := c.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	return sc.lw.isTok("purpose-prep", &sc.toks[k]) // all_r6_extras.go
}
