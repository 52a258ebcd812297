package extract

// An organisation named as what a state is outside of is no membership
// in it: "aliado principal fuera de la OTAN", "wichtigster Verbündeter
// außerhalb der NATO", "un allié hors de l'OTAN", "an ally outside of
// NATO", "حليف من خارج حلف الناتو". outside (cooperation.go) reads the
// two words before the organisation by their normalised forms; this
// reads the lexicon's outside words (r15coop-outside) across a few
// articles and prepositions (r15coop-outside-fill) between them and the
// name, so "fuera de la" and "außerhalb der" count too.

// r15coopOutside reports whether an outside word precedes the
// organisation m, with only filler words between them.
func (sc *sentScan) r15coopOutside(m mention) bool {
	// "fuera de la Organización del Tratado del Atlántico Norte (OTAN)":
	// the abbreviation right after the name is outside with it
	for _, o := range sc.mentions {
		if o.kind == mNamed && o.id == m.id && o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 1 && o.tok0 < m.tok0 {
			return sc.outside(o)
		}
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-4; k-- {
		t := &sc.toks[k]
		if sc.lw.isTok("r15coop-outside", t) {
			return true
		}
		if !sc.lw.isTok("r15coop-outside-fill", t) {
			return false
		}
	}
	return false
}

// r15coopAllyOutside: "aliado militar estratégico de Estados Unidos fuera
// de la OTAN", "a close ally of Washington outside NATO": an ally word
// (r15coop-ally) a few words before an outside word and NATO names the
// major non-NATO ally status, though no alias of it is written whole.
// It returns the status's mention, from the ally word to the name's end.
func (sc *sentScan) r15coopAllyOutside(m mention) (mention, bool) {
	if m.id != "nato" || !sc.outside(m) {
		return mention{}, false
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-10; k-- {
		if k < m.tok0-1 && clauseGap(sc.toks[k+1]) {
			break
		}
		if sc.lw.isTok("r15coop-ally", &sc.toks[k]) {
			return mention{kind: mNamed, sub: "organization", id: "mnna", tok0: k, tok1: m.tok1}, true
		}
	}
	return mention{}, false
}
