package extract

// A purchase named by a noun names its buyer as an adjective of the state
// or as the noun's agent, as "Ankara's purchase" names it with a
// possessive:
//   - the demonym that qualifies the noun of a purchase (lang_<code>.tsv
//     "leftovers-purchase-noun"): "the Turkish purchase of", "l'achat
//     turc de", "la compra turca de", "der türkische Kauf", "den
//     türkischen Erwerb";
//   - German "durch" after such a noun and its object: "der Kauf der
//     S-400 durch die Türkei" (the agent of a nominal purchase; "von"
//     there is the object's genitive, and German has no agent-prep "by"
//     of its own in nominal phrases other than "durch").

// r13PurchaseDemonym reports whether the demonym m qualifies a purchase
// noun right before it (Romance order) or right after it (English,
// German).
func (sc *sentScan) r13PurchaseDemonym(m mention) bool {
	if m.sub != "demonym" || sc.toks[m.tok0].arabic {
		return false
	}
	if k := m.tok0 - 1; k >= 0 && !gapBreaks(sc.toks[m.tok0].gap) && sc.lw.isTok("leftovers-purchase-noun", &sc.toks[k]) {
		return sc.lw.code == "fr" || sc.lw.code == "es"
	}
	if k := m.tok1; k < len(sc.toks) && !gapBreaks(sc.toks[k].gap) && sc.lw.isTok("leftovers-purchase-noun", &sc.toks[k]) {
		return sc.lw.code == "en" || sc.lw.code == "de"
	}
	return false
}

// r13DurchBuyer reports whether m is the agent after German "durch" of a
// purchase noun up to eight words before, with no clause break, state or
// verb of supply between (a demonym may: "der Kauf der russischen S-400").
func (sc *sentScan) r13DurchBuyer(m mention) bool {
	if sc.lw.code != "de" {
		return false
	}
	p := sc.wordBefore(m)
	if p < 0 || sc.toks[p].norm != "durch" {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		if gapBreaks(sc.toks[k+1].gap) || sc.r13StateNameAt(k) {
			return false
		}
		if sc.lw.isTok("leftovers-purchase-noun", &sc.toks[k]) {
			return true
		}
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 {
			return false
		}
	}
	return false
}

// r13StateNameAt reports whether toks[k] is in a state's mention other
// than a demonym.
func (sc *sentScan) r13StateNameAt(k int) bool {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.sub != "demonym" && k >= m.tok0 && k < m.tok1 {
			return true
		}
	}
	return false
}
