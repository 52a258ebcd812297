package extract

// frDemonymRoles corrects the pair of a French sentence about a trade
// whose states are demonym adjectives on the nouns of trade: the buyer's
// adjective stands on "commandes", "achats", "acquisitions" or
// "importations" ("Les commandes algériennes d'armement russe", "les
// achats marocains d'armes américaines"), the seller's on "ventes",
// "exportations" or "livraisons" ("les ventes françaises au Qatar"). The
// word order of the sentence puts the buyer first, which the pair may
// read as the seller.
func (sc *sentScan) frDemonymRoles(sup, rec string) (string, string) {
	if sc.lw.code != "fr" {
		return sup, rec
	}
	for _, m := range sc.mentions {
		if m.kind != mCountry || m.sub != "demonym" || m.tok0 == 0 {
			continue
		}
		buyer := false
		switch sc.toks[m.tok0-1].norm {
		case "commandes", "commande", "achats", "achat", "acquisitions", "acquisition", "importations", "importation":
			buyer = true
		case "ventes", "vente", "exportations", "exportation", "livraisons":
		default:
			continue
		}
		if buyer && sup == m.id || !buyer && rec == m.id {
			return rec, sup
		}
		return sup, rec
	}
	return sup, rec
}
