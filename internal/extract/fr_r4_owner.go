package extract

// frOwnerBeforeAgent reports whether country m, named with "de"/"du"/"des"
// right after a system, owns that system while a passive agent later in
// the sentence names who delivered or sold it: "Les drones TB2 du Mali ont
// été livrés par la Turquie", "Les Rafale de l'Égypte ont été vendus par
// la France". With the seller told by "par", "du Mali" is the buyer, not
// the origin ("des drones TB2 de la Turquie" alone stays the seller).
func (sc *sentScan) frOwnerBeforeAgent(m mention) bool {
	if sc.lw.code != "fr" || m.sub == "demonym" {
		return false
	}
	k := sc.wordBefore(m)
	if k < 1 {
		return false
	}
	switch sc.toks[k].norm {
	case "de", "d", "du", "des":
	default:
		return false
	}
	after := false
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 == k {
			after = true
		}
	}
	if !after {
		return false
	}
	// "livrés par la Turquie": a participle of delivery or sale, "par",
	// a state
	for _, c := range sc.countries() {
		if c.tok0 <= m.tok1 || c.sub == "demonym" || c.id == m.id {
			continue
		}
		p := sc.wordBefore(c)
		if p < 1 || sc.toks[p].norm != "par" {
			continue
		}
		for _, kind := range []string{"stage-delivered", "stage-ordered"} {
			if n, _ := sc.lw.set(kind).at(sc.toks, p-1); n == 1 {
				return true
			}
		}
	}
	return false
}
