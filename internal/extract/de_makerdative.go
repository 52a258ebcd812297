package extract

// deEndsMakerAt reports whether a maker's name ends at token k: the
// subject of a German clause whose bare dative is the buyer, "Diehl
// Defence hat Ägypten sieben Systeme geliefert", "Rheinmetall verkauft
// Ungarn 40 Lynx". germanIndirectObject reads a state's name there.
func (sc *sentScan) deEndsMakerAt(k int) bool {
	if sc.lw.code != "de" || k < 0 {
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "maker" && m.tok1-1 == k {
			return true
		}
	}
	return false
}
