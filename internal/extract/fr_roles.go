package extract

// notSelfSupplier drops from the suppliers (or from the states named
// with no cue, which can become the supplier) a state that another
// mention of the sentence names as the recipient: "Le Maroc a
// réceptionné six hélicoptères, signe selon l'Inspecteur général des FAR
// du partenariat avec les États-Unis" — the genitive "des FAR" gives the
// state again with no cue, and as the first such state it would become
// the seller, but a state receiving does not sell to itself. French
// only: in the other languages, dropping it lowered the held-out scores.
func (sc *sentScan) notSelfSupplier(list, recs []string) []string {
	if sc.lw.code != "fr" {
		return list
	}
	var out []string
	for _, c := range list {
		if !contains(recs, c) {
			out = append(out, c)
		}
	}
	if len(out) == len(list) {
		return list
	}
	return out
}

// purchaseAgent reports whether a state is the agent ("par", "por",
// "by") of a word for an order or a purchase a few words before it, in
// its clause: the agent of a purchase is its buyer, where the agent of a
// delivery ("livrés par la France") is its seller.
func (sc *sentScan) purchaseAgent(m mention) bool {
	p := sc.wordBefore(m)
	if p < 0 || !sc.lw.isTok("agent-prep", &sc.toks[p]) {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		if gapBreaks(sc.toks[k+1].gap) || sc.countryAt(k) {
			return false
		}
		if sc.lw.isTok("order-noun", &sc.toks[k]) && k+1 < p {
			nx := sc.toks[k+1].norm
			return nx == "de" || nx == "d" || nx == "del" || nx == "des" || nx == "of" || sc.orderPlacedBefore(k+1, p)
		}
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 {
			return false
		}
		if n, _ := sc.lw.set("stage-delivered").at(sc.toks, k); n > 0 {
			return false
		}
	}
	return false
}

// orderPlacedBefore reports whether a participle of placing an order
// (lexicon kind "order-placed") stands in [from, to), just before the
// agent: "the orders placed by Malaysia", "les commandes passées par la
// Malaisie", "los pedidos realizados por Malasia" name the buyer.
func (sc *sentScan) orderPlacedBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if sc.lw.isTok("order-placed", &sc.toks[k]) {
			return true
		}
	}
	return false
}
