package extract

// giverWords are the participles of handing over whose agent ("par la
// Turquie", "by Turkey") gave what the sentence before received.
var giverWords = map[string]bool{
	"fourni": true, "fournis": true, "fournie": true, "fournies": true, "livre": true, "livres": true, "livree": true,
	"livrees": true, "offert": true, "offerts": true, "offerte": true, "offertes": true, "donne": true, "donnes": true,
	"donnee": true, "donnees": true, "cede": true, "cedes": true, "cedee": true, "cedees": true, "envoye": true,
	"envoyes": true, "envoyee": true, "envoyees": true, "vendu": true, "vendus": true, "vendue": true, "vendues": true,
	"supplied": true, "delivered": true, "donated": true, "provided": true, "sold": true, "sent": true,
	"suministrado": true, "suministrados": true, "entregado": true, "entregados": true, "donado": true, "donados": true,
	"vendido": true, "vendidos": true,
}

// giverState returns the state that a sentence opening on a definite
// noun gives as the agent of a handing over, or "": "Le Tchad a reçu 20
// véhicules blindés. Ces blindés ont été fournis par la Turquie", "The
// boats were donated by Japan". The sentence before names the buyer and
// a generic system, and no seller.
func (d *docScan) giverState(sc *sentScan) string {
	if len(sc.toks) < 4 || !sc.lw.isTok("sentence-opener", &sc.toks[0]) || sc.negated() {
		return ""
	}
	for k, t := range sc.toks {
		if k > 6 {
			break
		}
		if !giverWords[t.norm] || k+1 >= len(sc.toks) || !sc.lw.isTok("agent-prep", &sc.toks[k+1]) {
			continue
		}
		for _, c := range sc.countries() {
			if c.sub != "demonym" && c.tok0 > k+1 && c.tok0 <= k+3 {
				return c.id
			}
		}
		return ""
	}
	return ""
}
