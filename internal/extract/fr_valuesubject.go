package extract

// frValueSubject reports whether a French sentence opens on the cost of
// what the sentence before sold: "Son coût est estimé à 470 millions
// d'euros", "Le montant n'a pas été communiqué ; la presse l'évalue à
// environ 3 milliards d'euros", "La facture s'élève à 1,2 milliard". With
// no word for the deal ("le contrat"), ruleDealValue would not give the
// amount to the document's deal; a sentence whose subject is the price
// speaks of nothing else.
func (sc *sentScan) frValueSubject() bool {
	if sc.lw.code != "fr" || len(sc.toks) < 3 {
		return false
	}
	switch sc.toks[0].norm {
	case "son", "sa", "leur", "le", "la", "l":
	default:
		return false
	}
	return sc.lw.isTok("value-noun", &sc.toks[1]) || sc.toks[1].norm == "total" && sc.lw.isTok("value-noun", &sc.toks[2])
}
