package extract

// frSellerNouns are French nouns of giving or supplying whose demonym
// adjective names the giver: "l'apport pakistanais", "l'aide militaire
// américaine", "le don chinois", "la fourniture française", "les
// livraisons russes".
var frSellerNouns = map[string]bool{"apport": true, "apports": true, "aide": true, "aides": true, "don": true, "dons": true,
	"fourniture": true, "fournitures": true, "livraison": true, "livraisons": true, "contribution": true,
	"soutien": true, "assistance": true, "cession": true, "cessions": true, "donation": true}

// frFirmPlurals are the plural words for firms, whose demonym adjective
// names the seller's state as companyWords do in the singular: "auprès
// d'industriels français", "des constructeurs sud-coréens".
var frFirmPlurals = map[string]bool{"industriels": true, "constructeurs": true, "entreprises": true, "societes": true,
	"groupes": true, "firmes": true, "fabricants": true}

// frSellerDemonym reports whether the French demonym m qualifies a noun of
// giving or a word for firms just before it (one "militaire(s)" may stand
// between): the state it names supplies. "L'apport pakistanais inclut la
// fourniture d'avions K-8" names Pakistan as the supplier even when the
// K-8 is a Chinese design; "commandera 92 Griffon auprès d'industriels
// français" names France.
func (sc *sentScan) frSellerDemonym(m mention) bool {
	if sc.lw.code != "fr" || m.sub != "demonym" || m.tok0 < 1 || gapBreaks(sc.toks[m.tok0].gap) {
		return false
	}
	k := m.tok0 - 1
	if w := sc.toks[k].norm; (w == "militaire" || w == "militaires") && k > 0 && !gapBreaks(sc.toks[k].gap) {
		k--
	}
	w := sc.toks[k].norm
	return frSellerNouns[w] || frFirmPlurals[w] || sc.lw.isWord("company-word", w)
}
