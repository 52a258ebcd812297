package extract

// frGiftInKind reads a French donation of military equipment that states
// no amount: "La Turquie a remis un don de matériel militaire à l'armée
// somalienne", "Le Cameroun a bénéficié d'un don chinois de matériel
// militaire". The word "don" (or "dons") has a word for arms or
// equipment within the next words; the giver and the recipient are the
// sentence's pair, the forces' state receiving. One assistance fact,
// program "don", unless the recipient already has aid in the document.
// A donation with an amount, here or in the next sentences, is left to
// aidMoney and ruleAggregate.
func (d *docScan) frGiftInKind(i int, sc *sentScan) {
	if sc.lw.code != "fr" || len(sc.money) > 0 || sc.doubtful() || sc.has("future") {
		return
	}
	at := -1
	for k, t := range sc.toks {
		if t.norm != "don" && t.norm != "dons" {
			continue
		}
		if p, ok := sc.lw.set("aggregate").any(sc.toks, k+1, min(k+5, len(sc.toks))); ok && p > k {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem {
			return // a named system given is a transfer
		}
	}
	// "Le don, d'une valeur de 1,1 milliard de francs CFA, ..." next: a
	// donation of goods with its value is an aggregate
	for j := i + 1; j < len(d.sents) && j <= i+2; j++ {
		if len(d.sents[j].money) > 0 && d.sents[j].has("aid") {
			return
		}
	}
	sup, rec := d.pair(sc, "")
	if fr := sc.forcesOf(); fr != "" && fr == sup {
		sup, rec = rec, fr
	}
	if r := d.markedRecipient(sc); r != "" && r != rec {
		rec, sup = r, ""
		for _, c := range sc.countries() {
			if c.id != r && !sc.placeOnly(c) && !sc.datelinePlace(c) && sup == "" {
				sup = c.id
			}
		}
	}
	d.addUnnamedAid(i, sc, "don", sup, rec, 0.45) // fr_militaryaid.go
}
