package extract

// r16DonationGoods reports whether the sentence's donation is one of
// goods it names: a word for a donation ("donación", "don", "donation",
// "Spende", "هبة") in a sentence that names weapons or equipment ("la
// donación vale aproximadamente 3,5 millones de dólares y la forman tres
// embarcaciones rápidas, veintiún cuatrimotos …", "the donation, worth $5
// million, includes four patrol boats"). Its value is an aggregate of
// what is handed over (donationInKind, enfres_donation.go), not money
// given: aidMoney leaves it to the aggregate rules. A sentence with no
// amount says nothing of the kind (the aid rules without an amount read
// it).
func (sc *sentScan) r16DonationGoods() bool {
	if len(sc.money) == 0 {
		return false // "ce don était le dernier d'une série de programmes d'aide, parmi lesquels la remise de six blindés": no value to give
	}
	donation := false
	aid := sc.lw.set("aid")
	for _, p := range sc.cuePositions("aid") {
		n, _ := aid.at(sc.toks, p)
		for k := p; k < p+n && k < len(sc.toks); k++ {
			if sc.lw.isTok("donation-noun", &sc.toks[k]) {
				donation = true // "don", "military donation" (the lexicon's donation nouns, all_r16_fresh_donation.go's too)
			}
		}
	}
	if !donation {
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return true
		}
	}
	return false
}
