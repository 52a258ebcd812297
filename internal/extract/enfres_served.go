package extract

// servedWith reports whether a state is named, with or without its forces,
// after a relative clause telling that a system served with it before:
// "dos unidades tipo Adelaida, que se incorporaron a la Armada Real
// Australiana a comienzos de los 90", "frigates which served with the
// Royal Australian Navy", "des frégates qui ont servi dans la marine
// australienne". The system's history names its former owner, who gives
// it up, not a buyer.
func (sc *sentScan) servedWith(m mention) bool {
	// the relative word and the verb phrase end at most five words (the
	// forces: "la Armada Real") before the state
	for end := m.tok0; end >= 0 && end >= m.tok0-5; end-- {
		for _, ph := range servedPhrases {
			a := end - len(ph)
			if a < 1 || !relativeWords[sc.toks[a-1].norm] {
				continue
			}
			if spells(sc.toks, a, ph) {
				return true
			}
		}
	}
	return false
}

// servedPhrases follow a relative word ("que", "which", "qui") and tell
// that the system served with a state's forces.
var servedPhrases = [][]string{
	{"se", "incorporaron", "a"}, {"se", "incorporo", "a"}, {"sirvieron", "en"}, {"sirvio", "en"}, {"sirvieron", "con"},
	{"served", "with"}, {"served", "in"}, {"entered", "service", "with"}, {"had", "served", "with"}, {"served", "the"},
	{"da", "de", "baja"}, {"dio", "de", "baja"}, {"dieron", "de", "baja"}, {"dan", "de", "baja"}, // es_platform.go: "que da de baja la Real Armada de Australia"
	{"ont", "servi", "dans"}, {"a", "servi", "dans"}, {"avaient", "servi", "dans"}, {"ont", "servi", "au", "sein", "de"},
}
