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
	// forces: "la Armada Real") before the state: the relative word stands
	// at r, the phrase from r+1 to an end in [m.tok0-5, m.tok0]; each word
	// that can be r is looked up once
	for r := max(0, m.tok0-5-servedLongest-1); r+1 < m.tok0; r++ {
		if !sc.lw.isTok("relative-pronoun", &sc.toks[r]) {
			continue
		}
		for _, ph := range servedPhrases {
			if end := r + 1 + len(ph); end <= m.tok0 && end >= m.tok0-5 && spells(sc.toks, r+1, ph) {
				return true
			}
		}
	}
	return false
}

// servedLongest is the length of the longest of servedPhrases.
var servedLongest = func() int {
	n := 0
	for _, ph := range servedPhrases {
		n = max(n, len(ph))
	}
	return n
}()

// servedPhrases follow a relative word ("que", "which", "qui") and tell
// that the system served with a state's forces.
var servedPhrases = [][]string{
	{"se", "incorporaron", "a"}, {"se", "incorporo", "a"}, {"sirvieron", "en"}, {"sirvio", "en"}, {"sirvieron", "con"},
	{"served", "with"}, {"served", "in"}, {"entered", "service", "with"}, {"had", "served", "with"}, {"served", "the"},
	{"da", "de", "baja"}, {"dio", "de", "baja"}, {"dieron", "de", "baja"}, {"dan", "de", "baja"}, // es_platform.go: "que da de baja la Real Armada de Australia"
	{"ont", "servi", "dans"}, {"a", "servi", "dans"}, {"avaient", "servi", "dans"}, {"ont", "servi", "au", "sein", "de"},
}
