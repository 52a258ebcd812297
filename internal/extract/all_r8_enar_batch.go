package extract

// A batch of a kind: "delivered a new batch of fighter jets to Algeria",
// "received dozens of tanks", "تسلمت مصر عشرات الدبابات",
// "سلمت روسيا الجزائر دفعة جديدة من المقاتلات", "un nouveau lot de
// blindés", "un cargamento de vehículos blindados". A generic word
// ("fighter jets", "المقاتلات") is a transfer alone only with a count or
// an amount (transfer.go, generic-alone); a word for a batch, a shipment
// or a consignment of that kind counts as one: the goods changed hands,
// their number untold.

// r8BatchOf reports whether a generic mention is the goods of a word for a
// batch or shipment (lang_<code>.tsv "goods": "batch", "lot", "دفعة")
// a few words before it, with a stage in the sentence.
func (sc *sentScan) r8BatchOf(m mention) bool {
	if !sc.has("stage-delivered") && !sc.has("stage-received") && !sc.has("stage-ordered") {
		return false
	}
	if sc.r8MultitudeOf(m) {
		return true
	}
	for _, p := range sc.cuePositions("goods") {
		if p >= m.tok0 || m.tok0-p > 5 || sc.boundaryBetween(p, m.tok0) {
			continue
		}
		if !sc.r8BatchWord(sc.toks[p].norm) {
			continue
		}
		for j := p + 1; j < m.tok0; j++ {
			if sc.lw.isTok("batch-prep", &sc.toks[j]) {
				return true
			}
		}
	}
	return false
}

// r8BatchWord: the goods words that name a batch rather than a kind of
// goods (the lexicon's quality-batch-word: "batch", "lot", "cargamento",
// "Lieferung", "دفعة"; "equipment", "armes" name their own kind).
func (sc *sentScan) r8BatchWord(w string) bool {
	return sc.lw.isArWord("quality-batch-word", w) // a plain word in every language, Arabic's with an attached و, ل, ال or ب
}

// r8MultitudeOf reports whether a word for an untold number of things
// (the lexicon's quality-multitude: "dozens", "des dizaines", "decenas",
// "Dutzende", "عشرات", "مئات") stands just before the mention ("dozens
// of", "عشرات"), linked by "of", "de" or nothing.
func (sc *sentScan) r8MultitudeOf(m mention) bool {
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-2; k-- {
		w := sc.toks[k].norm
		if sc.lw.isWord("quality-multitude", w) || sc.toks[k].arabic && sc.lw.isArWord("quality-multitude", w) {
			return !sc.boundaryBetween(k, m.tok0)
		}
		if !sc.lw.isWord("batch-prep", w) {
			return false
		}
	}
	return false
}
