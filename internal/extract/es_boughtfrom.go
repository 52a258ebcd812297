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
	return sc.lw.isTok("buy-from-verb", &sc.toks[k-1])
}

// esBuySeller returns the state named after "a" following a buying word
// and the system ("la compra de los cazas F-16 a Dinamarca", "compró
// los F-16 a Dinamarca") when the maker's state is also named elsewhere
// in the sentence: the seller named at the purchase sells, the maker's
// state is only mentioned (a second-hand system's former owner,
// annotating.md), and no buyer either. It returns the supplier and the
// states left to be the buyer; with none left, no supplier (the sentence
// names no buyer, and the document's most named state would be the maker's).
func (sc *sentScan) esBuySeller(sys *mention, sup, origin string, supMs []mention, recs, others []string) (string, []string, []string) {
	if sc.lw.code != "es" || sys == nil || origin == "" || sup != origin {
		return sup, recs, others
	}
	for _, c := range supMs {
		if c.id == origin || c.tok0 < sys.tok1 || c.tok0-sys.tok1 > 3 {
			continue
		}
		k := c.tok0 - 1
		if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
		if k != sys.tok1 || sc.toks[k].norm != "a" && sc.toks[k].norm != "al" {
			continue // "a" right after the system: "los F-16 a Dinamarca"
		}
		for _, p := range sc.cuePositions("buy-verb") {
			if p < sys.tok0 && sys.tok0-p <= 5 && !sc.boundaryBetween(p+1, sys.tok0) {
				recs, others = without(recs, origin), without(others, origin)
				if len(recs)+len(others) == 0 {
					return "", recs, others // no buyer named here: the maker's state is no buyer, and no guess is made
				}
				return c.id, recs, others
			}
		}
	}
	return sup, recs, others
}
