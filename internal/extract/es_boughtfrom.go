package extract

// esBoughtFrom reports whether the "de" at token k follows a Spanish
// buying verb that names the seller after it: "Chile adquirió de los
// Países Bajos 18 F-16", "compraron de Israel", "adquirido de Israel".
// Verbs and participles, not nouns: "la compra de Chile" is the buyer's
// purchase (and the caller already leaves out a determiner two words
// back).
func (sc *sentScan) esBoughtFrom(k int) bool {
	if sc.lw.code != "es" || k < 1 {
		return false
	}
	return esFromBuyVerbs[sc.toks[k-1].norm]
}

// esFromBuyVerbs are the finite buying verbs after which "de" names the
// seller.
var esFromBuyVerbs = map[string]bool{
	"adquirio": true, "adquirieron": true, "adquiere": true, "adquieren": true, "adquirira": true, "adquiriran": true,
	"compro": true, "compraron": true, "comprara": true, "compraran": true, "adquirido": true, "comprado": true,
}
