package extract

// Arabic "signed with": "وقعت بولندا عقدا مع كوريا الجنوبية" (Poland signed
// a contract with South Korea) names the seller after "مع" as English
// "signed a contract with", French "a signé avec" and Spanish "firmó con"
// do (enfres_with.go, signedWith); Arabic had no reading of "مع" there, so
// the state after it had no role and the pair fell back on the
// document's. Read only where a state is the subject of the signing verb
// before "مع" (a verbal noun with no subject, "توقيع صفقة مع الرياض", is
// said by either side); a contract for a sale or a supply ("لبيع",
// "لتوريد") is the seller's, signed with the buyer.

// arSaleWord reports whether a token is a verbal noun of selling or
// supplying, its glued preposition or article aside and whatever pronoun
// follows ("لتسليمها", "لبيعها"): a word that begins with a stem of
// lang_ar.tsv's quality-sale-stem ("بيع", "توريد", "تزويد", "تسليم").
func (sc *sentScan) arSaleWord(w string) bool {
	return sc.lw.hasArStem("quality-sale-stem", w) // all_r10_quality_words.go
}

// arSignedWith is signedWith for Arabic.
func (sc *sentScan) arSignedWith(m mention) (sup, rec, ok bool) {
	k := m.tok0 - 1
	if k < 1 || sc.toks[k].norm != "مع" || m.sub == "demonym" {
		return false, false, false
	}
	if len(sc.cuePositions("deal")) == 0 || len(sc.cuePositions("agreement-coop")) > 0 {
		return false, false, false
	}
	subject := false
	for _, p := range sc.cuePositions("agreement-sign") {
		if p >= k || k-p > 6 {
			continue
		}
		for _, o := range sc.countries() {
			if o.tok0 > p && o.tok1 <= k && o.tok0 <= p+2 && o.sub != "demonym" {
				subject = true
			}
		}
	}
	if !subject {
		return false, false, false
	}
	for j := k + 1; j < len(sc.toks); j++ {
		if sc.arSaleWord(sc.toks[j].norm) {
			return false, true, true // "وقعت فرنسا عقدا مع مصر لبيع …": the buyer
		}
	}
	return true, false, true
}
