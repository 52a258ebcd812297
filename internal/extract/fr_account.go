package extract

// frForAccountOf reports whether a French state mention follows "pour le
// compte de" or "au profit de": the state for which weapons are bought
// or delivered is their recipient, whoever signs ("La DGA a acquis douze
// Caesar pour le compte de l'Arménie", "des blindés livrés au profit du
// Niger"). An article between is skipped; a noun between ("au profit des
// forces armées du Niger") is not read.
func (sc *sentScan) frForAccountOf(m mention) bool {
	if sc.lw.code != "fr" {
		return false
	}
	s := m.tok0
	if s > 0 && sc.lw.isTok("article", &sc.toks[s-1]) {
		s--
	}
	if s < 3 {
		return false
	}
	switch sc.toks[s-1].norm {
	case "de", "du", "des", "d":
	default:
		return false
	}
	a, b := sc.toks[s-3].norm, sc.toks[s-2].norm
	if a == "au" && b == "profit" {
		return true
	}
	return s >= 4 && sc.toks[s-4].norm == "pour" && a == "le" && b == "compte"
}
