package extract

// This file handles a demonym that qualifies a news outlet, a source or a
// doctrine rather than a state that acts: "selon la presse allemande, le
// Qatar a commandé …", "according to the German press, …", "según la
// prensa alemana", "laut russischen Medien", "suivant la nouvelle doctrine
// allemande". The outlet's state reports or frames the deal; it is neither
// the seller nor the buyer, and it must not stand for a system's maker
// state either. Arabic has its own, narrower test (ar_media.go).

// mediaDemonym reports whether the demonym m qualifies a news outlet or a
// doctrine: the noun stands right before it in French and Spanish ("la
// presse allemande", "un diario español"), right after it in English and
// German ("the German press", "russische Medien").
func (sc *sentScan) mediaDemonym(m mention) bool {
	if m.sub != "demonym" {
		return false
	}
	switch sc.lw.code {
	case "fr", "es":
		k := m.tok0 - 1
		if k < 0 || gapBreaks(sc.toks[m.tok0].gap) {
			return false
		}
		// "la nouvelle doctrine allemande", "l'agence de presse russe"
		return sc.lw.isTok("media-noun", &sc.toks[k])
	case "en", "de":
		k := m.tok1
		if k >= len(sc.toks) || gapBreaks(sc.toks[k].gap) {
			return false
		}
		return sc.lw.isTok("media-noun", &sc.toks[k])
	}
	return false
}
