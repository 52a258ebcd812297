package extract

// donationInKind reports whether the aid a sentence names is a donation of
// equipment: "un don de matériels militaires" in the sentence, or "Le don,
// d'une valeur de 1,1 milliard de francs CFA, lui a été remis" taking up,
// with a definite article, a donation of equipment an earlier sentence
// named. Its value is an aggregate of what is handed over, not money given.
func (d *docScan) donationInKind(i int, sc *sentScan) bool {
	if sc.aidInKind() || sc.r16DonationGoods() { // all_r16_assist_donationgoods.go: "la donación vale 3,5 millones y la forman tres embarcaciones"
		return true
	}
	back := false
	for _, p := range sc.cuePositions("aid") {
		if p > 0 && sc.lw.isTok("donation-opener", &sc.toks[p-1]) {
			back = true
		}
	}
	if !back {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.sents[j].aidInKind() {
			return true
		}
	}
	return false
}
