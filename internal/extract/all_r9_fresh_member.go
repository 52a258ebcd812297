package extract

// The founder named inside the organisation's description: "Österreich
// und die Schweiz haben ihren Beitritt zu dem von Deutschland angestoßenen
// Schutzschirm European Sky Shield besiegelt", "Austria and Switzerland
// signed their accession to the initiative launched by Germany",
// "l'adhésion de la Suède à l'initiative lancée par l'Allemagne". The state
// after a preposition of the agent (lexicon kind `agent-prep`: "by", "par",
// "por", "von", "من قبل"), between the joining word and the organisation,
// started the organisation; it was taken as the member (the state named
// last before the organisation), and the states that joined were lost.

// orgInitiator reports whether the state c, named before the organisation
// o, is the agent of a participle that describes o.
func (sc *sentScan) orgInitiator(c, o mention) bool {
	if c.tok1 > o.tok0 || o.tok0-c.tok1 > 6 {
		return false
	}
	ps := sc.lw.set("agent-prep")
	// the preposition right before the state, or before its article
	prep := -1
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-3; k-- {
		if n, _ := ps.at(sc.toks, k); n > 0 && (k+n == c.tok0 || k+n == c.tok0-1) {
			prep = k
			break
		}
	}
	if prep < 0 {
		return false
	}
	// a joining word before it: the participle describes what is joined
	for _, kind := range []string{"accession", "membership"} {
		if _, ok := sc.lw.set(kind).any(sc.toks, 0, prep); ok {
			return true
		}
	}
	return false
}

// withoutInitiators drops from the list l of states before the
// organisation o those that started it (orgInitiator): "Österreich und die
// Schweiz haben ihren Beitritt zu dem von Deutschland angestoßenen ..." is
// a list of two before a founder, not the list "Deutschland".
func (sc *sentScan) withoutInitiators(l []string, o mention) []string {
	var out []string
	for _, code := range l {
		founder := false
		for _, c := range sc.countries() {
			if c.id == code && sc.orgInitiator(c, o) {
				founder = true
			}
		}
		if !founder {
			out = append(out, code)
		}
	}
	return out
}
