package extract

import "strings"

// frNotCue drops a French cue that does not mean what its kind says here:
// "compte" before a count ("le Maroc compte désormais 19 drones") is no
// plan; "éventuel(le)" or "potentiel(le)" next to a word for a sale in a sentence that states an
// approval is the "possible sale" of an approval notice ("le département
// d'État a approuvé la vente éventuelle au Maroc de 18 HIMARS"), not a
// hypothetical.
func (sc *sentScan) frNotCue(kind string, i int) bool {
	if kind == "stage-delivered" && sc.lw.code == "fr" {
		return sc.frOfferNoun(i) // fr_offer.go: "l'offre de Bombardier"
	}
	if kind != "hypothetical" || sc.lw.code != "fr" {
		return false
	}
	w := sc.toks[i].norm
	// "le Maroc compte désormais 19 drones": counts, does not plan
	if (w == "compte" || w == "comptent") && i+1 < len(sc.toks) {
		nx := sc.toks[i+1].norm
		return sc.numAt(i+1) != nil || nx == "desormais" || nx == "deja" || nx == "actuellement" || nx == "aujourd"
	}
	if !strings.HasPrefix(w, "eventuel") && !strings.HasPrefix(w, "potentiel") {
		return false
	}
	sale := false
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(sc.toks) {
			switch sc.toks[k].norm {
			case "vente", "ventes", "cession", "cessions", "livraison", "livraisons", "transfert":
				sale = true
			}
		}
	}
	if !sale {
		return false
	}
	for _, p := range sc.cuePositions("stage-approved") {
		if p < i-1 || p > i+1 {
			return true
		}
	}
	return false
}
