package extract

// A sentence opening on a definite description of what the sentence
// before delivered or ordered names its buyer: "Dassault Aviation a livré
// six Rafale. Ces appareils sont destinés à la Grèce", "Six Rafale ont été
// livrés cette semaine. Ces appareils sont destinés à l'armée de l'air
// grecque", "The six jets are destined for Greece", "Los aviones están
// destinados a Grecia", "Die Maschinen sind für Griechenland bestimmt" is
// left out (verb last). giverState (fr_next.go) carried the seller over
// such a pair of sentences; the buyer was lost, and the transfer with it
// (a definite description carrying a fact into the next sentence).

// destinedState returns the state a sentence that opens on a definite
// noun gives as the one the goods are meant for, or "".
func (d *docScan) destinedState(sc *sentScan) string {
	if len(sc.toks) < 4 || !sc.lw.isTok("sentence-opener", &sc.toks[0]) || sc.negated() {
		return ""
	}
	for k, t := range sc.toks {
		if k > 6 {
			break
		}
		if !sc.lw.isWord("quality-destined", t.norm) { // "destinés à", "destined for", "destinados a", "intended for"
			continue
		}
		// "à la Grèce", "à l'armée de l'air grecque", "for Greece", "a Grecia"
		for _, c := range sc.countries() {
			if c.tok0 > k+1 && c.tok0 <= k+7 && !sc.boundaryBetween(k+1, c.tok0) {
				if c.sub == "demonym" && !sc.forcesBeside(c) {
					continue
				}
				return c.id
			}
		}
		return ""
	}
	return ""
}
