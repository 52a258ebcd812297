package extract

// firmDemonym reports whether the demonym m, after "à"/"au" and an
// article, names the state of a firm rather than a receiving force: "a
// commandé 322 véhicules à l'américain Oshkosh", "au groupe allemand
// Rheinmetall", "à l'italien Leonardo", "al grupo español Indra". The
// demonym follows a word for a firm (companyDemonym and companyWords), or
// is a noun that a maker or a capitalised name follows ("l'américain
// Oshkosh"), where "à l'armée ukrainienne" puts the demonym after the
// force it qualifies.
func (sc *sentScan) firmDemonym(m mention) bool {
	if sc.companyDemonym(m) {
		return true
	}
	if m.sub != "demonym" || m.tok0 < 1 || sc.lw.code != "es" && sc.lw.code != "fr" {
		return false
	}
	if companyWords[sc.toks[m.tok0-1].norm] {
		return true
	}
	if !articles[sc.toks[m.tok0-1].norm] || m.tok1 >= len(sc.toks) || gapBreaks(sc.toks[m.tok1].gap) {
		return false
	}
	for _, o := range sc.mentions {
		if o.tok0 != m.tok1 {
			continue
		}
		// a maker right after; a state or a system is no firm
		return o.kind == mNamed && o.sub == "maker"
	}
	return isCapitalised(sc.toks[m.tok1].raw)
}
