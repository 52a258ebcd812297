package extract

// contentWords say what a contract or an agreement named in the sentence
// before covers: "Le contrat porte sur 12 Rafale", "Il concerne
// l'acquisition de 24 avions", "L'accord prévoit la livraison de 24 Typhoon".
var contentWords = map[string]bool{"porte": true, "portent": true, "concerne": true, "concernent": true,
	"prevoit": true, "prevoient": true, "comprend": true, "comprennent": true, "inclut": true, "couvre": true}

// frContractParties gives the parties of a sentence that names no state
// but tells what the contract of the sentence before covers: "La Croatie a
// signé un contrat avec la France. Le contrat porte sur 12 Rafale": the
// buyer is the state that signed, the seller the state or maker it signed
// with. sup and rec come back unchanged when the sentence is not one.
func (d *docScan) frContractParties(i int, sc *sentScan, sup, rec string) (string, string) {
	if sup != "" && rec != "" || i == 0 || d.notice || len(sc.countries()) > 0 {
		return sup, rec
	}
	covers := false
	for k := 0; k < len(sc.toks) && k < 6; k++ {
		w := sc.toks[k].norm
		if contentWords[w] && (w != "porte" && w != "portent" || k+1 < len(sc.toks) && sc.toks[k+1].norm == "sur") {
			covers = true
		}
	}
	if !covers {
		return sup, rec
	}
	prev := d.sents[i-1]
	if !prev.has("stage-ordered") && !prev.has("deal") || prev.negated() {
		return sup, rec
	}
	buyer, seller := "", ""
	for _, c := range prev.countries() {
		if c.sub == "agency" {
			continue
		}
		k := c.tok0 - 1
		for k > 0 && sc.lw.isWord("article", prev.toks[k].norm) {
			k--
		}
		if k >= 0 && prev.toks[k].norm == "avec" {
			if seller == "" && c.sub != "demonym" {
				seller = c.id
			}
		} else if buyer == "" && c.tok0 < 8 {
			buyer = c.id
		}
	}
	if seller == "" {
		seller = d.makerSupplier(prev)
	}
	if buyer == "" || seller == "" || buyer == seller {
		return sup, rec
	}
	return seller, buyer
}
