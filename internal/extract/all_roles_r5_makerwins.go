package extract

// A maker that wins or receives an order sells: "Navantia won a contract
// from Saudi Arabia to build five warships", "Naval Group a remporté un
// contrat", "Navantia se adjudicó un contrato", "Rheinmetall erhielt einen
// Auftrag", "فازت شركة نافانتيا بعقد". For goods of no known origin (a
// generic "five warships") the maker's state is the seller, as after a
// supply verb (suppliesAfter, roles.go). The verbs are the lexicon's cue
// kind maker-wins; in Arabic the verb stands before the maker.

// makerWinsOrder returns the state of a maker named as the subject of a
// maker-wins verb, or "".
func (d *docScan) makerWinsOrder(sc *sentScan) string {
	wins := sc.lw.set("maker-wins")
	if wins == nil {
		return ""
	}
	for _, m := range sc.mentions {
		if m.kind != mNamed || m.sub != "maker" {
			continue
		}
		c := d.makerCountry(m.id)
		if c == "" {
			continue
		}
		if sc.lw.code == "ar" {
			k := m.tok0 - 1
			for k > 0 && sc.lw.isTok("company-word", &sc.toks[k]) {
				k--
			}
			if n, _ := wins.at(sc.toks, k); k >= 0 && n > 0 {
				return c
			}
			continue
		}
		// "Navantia won", "Naval Group a remporté", "Saab has secured"
		for j := m.tok1; j < len(sc.toks) && j <= m.tok1+2; j++ {
			if j > m.tok1 && gapBreaks(sc.toks[j].gap) {
				break
			}
			if n, _ := wins.at(sc.toks, j); n > 0 {
				return c
			}
		}
	}
	return ""
}
