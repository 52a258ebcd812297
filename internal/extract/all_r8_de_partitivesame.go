package extract

// "Auch Indien erhält die Su-30MKI-Jets (mehr als 120 der 230 bestellten
// Maschinen sind schon übergeben)": a German partitive whose noun is a
// generic word of the kind of a system the sentence named before it
// counts that system, not other equipment. Kept as a second system of
// the sentence, it made the named one lose the "120 der 230" that
// partOf gives to a sentence of one system (the part delivered and the
// whole ordered). The lexicon's German words for aircraft ("Maschinen",
// "Jets", r8-de) made this frequent.

// dePartitiveOfNamed reports whether the generic mention k heads a
// partitive ("120 der 230 bestellten Maschinen", "zwei dieser Jets")
// and a system of its kind stands before it in the sentence.
func (sc *sentScan) dePartitiveOfNamed(d *docScan, k int) bool {
	g := sc.mentions[k]
	if sc.lw.code != "de" || g.kind != mGeneric {
		return false
	}
	// back over at most three adjectives or numbers to "der"/"dieser"
	j := g.tok0 - 1
	for n := 0; n < 3 && j > 0 && !sc.lw.isTok("partitive-article", &sc.toks[j]) && (isLowerWord(sc.toks[j].raw) || sc.toks[j].digit) && !clauseBreak(sc.toks[j+1]); n++ {
		j--
	}
	if j < 1 || !sc.lw.isTok("partitive-article", &sc.toks[j]) {
		return false
	}
	q := j - 1
	count := sc.lw.isTok("partitive-share", &sc.toks[q])
	for _, n := range sc.nums {
		if n.tok1 == j {
			count = true
		}
	}
	if !count {
		return false
	}
	for _, o := range sc.mentions[:k] {
		if o.kind != mSystem {
			continue
		}
		if s, ok := d.x.systemOf(o); ok && s.Category == g.id {
			return true
		}
	}
	return false
}
