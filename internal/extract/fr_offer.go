package extract

// frOfferNoun reports whether a French "offre"/"offrent" read as a
// stage-delivered cue is not the verb of giving. The present tense of
// "offrir" tells a gift in headlines and leads ("Burkina : la Russie
// offre des hélicoptères Mi-35", "Pékin leur offre deux patrouilleurs"),
// but "offre" is also the noun of a bid ("l'offre de Bombardier", "une
// offre d'achat", "appel d'offres"). The verb stands after its subject,
// a state (or "lui"/"leur"), and before what is given: a determiner, a
// number or the recipient's preposition.
func (sc *sentScan) frOfferNoun(i int) bool {
	w := sc.toks[i].norm
	if w != "offre" && w != "offrent" {
		return false
	}
	if i == 0 || i+1 >= len(sc.toks) {
		return true
	}
	subject := false
	switch sc.toks[i-1].norm {
	case "lui", "leur":
		subject = i >= 2 && sc.stateEndsAt(i-1)
	default:
		subject = sc.stateEndsAt(i)
	}
	if !subject {
		return true
	}
	switch sc.toks[i+1].norm {
	case "des", "un", "une", "au", "aux", "a", "gracieusement", "gratuitement", "plusieurs", "quelque", "pres", "lui", "leur":
		return false
	}
	return sc.numAt(i+1) == nil
}

// stateEndsAt reports whether a country mention ends right before token
// i, the subject of a verb at i.
func (sc *sentScan) stateEndsAt(i int) bool {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.tok1 == i {
			return true
		}
	}
	return false
}
