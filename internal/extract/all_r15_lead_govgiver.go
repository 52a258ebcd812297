package extract

// r15GovernmentGiver reports whether "the Government of X" is the subject
// of a verb of giving that follows it: "The government of the United
// States has given the Ghana Armed Forces 14 armoured personnel
// carriers", "el Gobierno de Japón donó dos patrulleras". The reading of
// "Government of X" as a buyer (a notice's "the Government of Morocco has
// requested") does not hold where the verb gives: the verb decides, as it
// does for "the United States" alone (frGovernmentSubject reads the
// French clause-opening form).
func (sc *sentScan) r15GovernmentGiver(m mention) bool {
	if m.tok0 < 2 || m.sub == "demonym" {
		return false
	}
	j := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[j]) {
		j--
	}
	if j < 1 {
		return false
	}
	if !sc.lw.isTok("government", &sc.toks[j-1]) { // lang_<code>.tsv: "government", "gobierno", "Regierung"
		return false
	}
	for v := m.tok1; v < len(sc.toks) && v <= m.tok1+3; v++ {
		if v > m.tok1 && clauseBreak(sc.toks[v]) || sc.countryAt(v) {
			return false
		}
		for _, kind := range []string{"supply-verb", "give-verb", "stage-delivered"} {
			if n, _ := sc.lw.set(kind).at(sc.toks, v); n > 0 {
				return true
			}
		}
	}
	return false
}
