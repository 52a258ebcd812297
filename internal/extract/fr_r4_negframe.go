package extract

// French negates with two words, "ne" (or "n'") and a partner after the
// verb: "pas", "plus", "aucun", "jamais", "guère". The "ne" of such a frame
// negates what its partner negates. When the partner belongs to an idiom
// that negates nothing ("L'Algérie ne s'est pas contentée d'acheter des
// Su-57", "Il ne fait aucun doute que l'Algérie a commandé des Su-57"), or
// when the partner is "que" ("La France ne livrera que 12 Rafale à la
// Croatie": only 12, a restriction), the "ne" negates nothing either.

// frNePartners are the words that close a French "ne" frame; "que"/"qu"
// make it a restriction ("ne … que", only).
var frNePartners = map[string]bool{"pas": true, "plus": true, "aucun": true, "aucune": true, "jamais": true,
	"guere": true, "point": true, "rien": true, "nullement": true, "ni": true, "que": true, "qu": true}

// frNeNotNegation reports whether the negation word at token p is a French
// "ne"/"n'" whose frame negates nothing: "Le Maroc ne recevra ses F-16
// qu'en 2027", "Le Maroc n'a pas seulement acheté des F-16".
func (sc *sentScan) frNeNotNegation(p int) bool {
	if sc.lw.code != "fr" || p >= len(sc.toks) {
		return false
	}
	if w := sc.toks[p].norm; w != "ne" && w != "n" {
		return false
	}
	if n, _ := sc.lw.set("negation").at(sc.toks, p); n > 1 {
		return false // a phrase of its own: "n'a plus"
	}
	for k := p + 1; k < len(sc.toks) && k <= p+12; k++ {
		if gapBreaks(sc.toks[k].gap) {
			return false
		}
		w := sc.toks[k].norm
		if !frNePartners[w] {
			continue
		}
		if w == "que" || w == "qu" {
			return true
		}
		return sc.notNegation(k)
	}
	return false
}

// frDenialStands reports whether a French word of denial stands outside
// the idioms that negate nothing: "L'appétit de l'Égypte pour le Rafale ne
// se dément pas" (does not let up) denies nothing, "Alger a démenti avoir
// commandé des Su-57" does.
func (sc *sentScan) frDenialStands() bool {
	for _, p := range sc.cuePositions("denial") {
		if !sc.notNegation(p) {
			return true
		}
	}
	return false
}
