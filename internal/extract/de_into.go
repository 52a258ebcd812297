package extract

// deInto reads the German goal "in die Ukraine", "in die Türkei", "in den
// Irak": "in" with an accusative article before a state names where arms
// go ("Rüstungsexporte in die Türkei", "100 Marder in die Ukraine
// ausführen"), where "in" alone is a place ("in Deutschland gebaut", "in
// der Türkei"). A visit's goal ("Reise in die Ukraine", "in die USA
// gereist") is no buyer.
func (sc *sentScan) deInto(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 2 || m.sub == "demonym" {
		return false
	}
	art := sc.toks[m.tok0-1].norm
	if sc.toks[m.tok0-2].norm != "in" || art != "die" && art != "den" {
		return false
	}
	if art == "den" && sc.lw.isTok("dative-plural", &sc.toks[m.tok1-1]) {
		return false
	}
	if sc.visitBefore(m) {
		return false
	}
	// "in die USA gereist": a travelling verb right after the state
	if m.tok1 < len(sc.toks) {
		w := sc.toks[m.tok1].norm
		if len(w) > 5 && (w[:5] == "reist" || w[:5] == "geris" || w[:5] == "gerei" || w[:5] == "flieg" || w[:5] == "flog") {
			return false
		}
	}
	return true
}
