package extract

import "strings"

// arDealAnaphor reports whether an Arabic agreement word is the definite
// "الاتفاق" (the agreement) that takes up a purchase the document told
// before: "وقعت الإمارات اتفاقا لشراء 80 طائرة رافال ... وأُعلن عن
// الاتفاق في بيان للرئاسة الفرنسية". That agreement is the sale, a
// transfer, not a defence cooperation agreement. A sentence with a word
// of cooperation ("اتفاق التعاون العسكري") is left alone.
func (d *docScan) arDealAnaphor(i int, sc *sentScan, pos int) bool {
	if pos < 0 || pos >= len(sc.toks) || !sc.toks[pos].arabic || i <= 0 {
		return false
	}
	raw := strings.TrimPrefix(strings.TrimPrefix(sc.toks[pos].raw, "و"), "ب")
	raw = strings.TrimPrefix(raw, "عن")
	if !strings.HasPrefix(raw, "ال") && !strings.HasPrefix(raw, "لل") {
		return false
	}
	if _, coop := sc.lw.set("agreement-coop").any(sc.toks, 0, len(sc.toks)); coop {
		return false
	}
	for j := 0; j < i && j < len(d.sents); j++ {
		if d.sents[j].arPurchaseAgreement() {
			return true
		}
	}
	return false
}

// arPurchaseAgreement reports whether the sentence has an agreement word
// followed, within two words, by a word of buying or selling ("اتفاقا
// لشراء", "اتفاقية لبيع") or by a deal word.
func (sc *sentScan) arPurchaseAgreement() bool {
	ag := sc.lw.set("agreement")
	for _, p := range sc.cuePositions("agreement") {
		n, _ := ag.at(sc.toks, p)
		for k := p + n; k <= p+n+1 && k < len(sc.toks); k++ {
			if sc.lw.isTok("trade-noun", &sc.toks[k]) {
				return true
			}
			if m, _ := sc.lw.set("deal").at(sc.toks, k); m > 0 {
				return true
			}
		}
	}
	return false
}
