package extract

// companyDemonym reports whether the demonym m qualifies a word for a
// firm just before it ("al astillero español Cardama", "a la empresa
// turca", "au chantier espagnol"): the firm's state sells, as buyers of
// arms are states, not firms (Spanish and French put the adjective after
// the noun).
func (sc *sentScan) companyDemonym(m mention) bool {
	if m.sub != "demonym" || m.tok0 < 1 || sc.lw.code != "es" && sc.lw.code != "fr" {
		return false
	}
	return sc.lw.isTok("company-word", &sc.toks[m.tok0-1])
}
