package extract

// deAfterState reports whether a German sentence names a state only as the
// one that did the same thing before: "Nach Polen hat jetzt auch
// Deutschland Kampfpanzer an Kiew übergeben", "Nach den USA will nun auch
// Großbritannien Raketen liefern". "Nach" opens the sentence before the
// state, and "auch" stands right before the sentence's subject, a state:
// the fronted "nach" is "after", not "to" ("Nach Polen hat Deutschland
// auch Panzer geliefert" keeps Poland as the buyer).
func (sc *sentScan) deAfterState(m mention) bool {
	if sc.lw.code != "de" || m.kind != mCountry {
		return false
	}
	k := 0
	if k < len(sc.toks) && sc.toks[k].norm != "nach" {
		return false
	}
	k++
	if k < len(sc.toks) && sc.lw.isTok("article", &sc.toks[k]) {
		k++
	}
	if m.tok0 != k {
		return false
	}
	// the finite verb, perhaps an adverb ("jetzt", "nun"), then "auch"
	// and the subject
	for j := m.tok1 + 1; j < len(sc.toks) && j <= m.tok1+3; j++ {
		if sc.toks[j].norm != "auch" {
			continue
		}
		s := j + 1
		if s < len(sc.toks) && sc.lw.isTok("article", &sc.toks[s]) {
			s++
		}
		return sc.countryAt(s)
	}
	return false
}
