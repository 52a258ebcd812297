package extract

// r15BoughtObjectIn: the place after a buying verb and its object names
// the seller, as it does right after the verb (boughtIn: "compró en
// Italia"): "Poland bought 20 used Leopard 2 tanks in Spain", "le Maroc a
// acheté 24 hélicoptères Apache aux États-Unis et 12 drones en Turquie".
// The object may hold up to eight words: a count, adjectives, the system's
// name, a kind word. A state between them, a word for whom the goods are
// ("for", "pour", "para"), a clause break or another verb of trading ends
// the look-back: "bought tanks for use in Mali" names no seller.
func (sc *sentScan) r15BoughtObjectIn(prep int) bool {
	for k := prep - 1; k >= 1 && k >= prep-9; k-- {
		if tokEndsClause(&sc.toks[k]) && k < prep-1 || sc.countryAt(k) || sc.lw.isTok("recipient-prep", &sc.toks[k]) {
			return false
		}
		if n, _ := sc.lw.set("buy-verb").at(sc.toks, k); n > 0 && k+n < prep {
			return isLowerWord(sc.toks[k].raw)
		}
	}
	return false
}
