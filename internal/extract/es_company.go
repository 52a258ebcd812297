package extract

// companyNouns name a firm; a demonym right after one ("al astillero
// español Cardama", "a la empresa turca", "au chantier espagnol") names
// the firm's state, which sells: buyers of arms are states, not firms.
var companyNouns = map[string]bool{
	"astillero": true, "astilleros": true, "empresa": true, "compañía": true, "compania": true,
	"fabricante": true, "constructora": true, "consorcio": true,
	"chantier": true, "chantiers": true, "entreprise": true, "société": true, "societe": true, "constructeur": true, "industriel": true,
}

// companyDemonym reports whether the demonym m qualifies a word for a
// firm just before it (Spanish and French put the adjective after the
// noun).
func (sc *sentScan) companyDemonym(m mention) bool {
	if m.sub != "demonym" || m.tok0 < 1 || sc.lw.code != "es" && sc.lw.code != "fr" {
		return false
	}
	return companyNouns[sc.toks[m.tok0-1].norm]
}
