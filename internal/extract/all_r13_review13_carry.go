package extract

// The verbs of carrying that are words of fitting (lang_<code>.tsv
// "fitted", block r13-estrans: "carries", "lleva", "embarque") tell a
// transport carrying a delivery as often as a platform's equipment: "Un
// avión Hércules C-130 lleva los primeros dos blindados Guaraní donados
// por Brasil a Argentina", "An An-124 carries the first S-400 components
// to Turkey", "Le navire embarque 20 blindés VAB livrés par la France au
// Mali". What follows such a verb is the cargo, not a part, when the rest
// of the sentence tells a stage, a supply, a gift or a deal, or names a
// state (a demonym on the part does not count: "llevan motores
// estadounidenses"). The verbs are the lexicon kind review13-carry.

// r13CarryNotFitted reports whether the fitting cue at token i is a verb of
// carrying whose sentence goes on to a delivery.
func (sc *sentScan) r13CarryNotFitted(kind string, i int) bool {
	if kind != "fitted" {
		return false
	}
	n, _ := sc.lw.set("review13-carry").at(sc.toks, i)
	if n == 0 {
		return false
	}
	for _, k := range []string{"stage-delivered", "stage-received", "stage-ordered", "stage-approved", "supply-verb", "buy-verb", "gift", "deal"} {
		for _, q := range sc.cuePositions(k) {
			if q > i {
				return true
			}
		}
	}
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.sub != "demonym" && m.tok0 > i {
			return true
		}
	}
	return false
}
