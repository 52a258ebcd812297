package extract

import "strings"

// arNounCue reports whether the Arabic word at token k is a verbal noun or
// a noun of the transfer ("شحنة" a shipment, "تسليم" handing over, "وصول"
// arrival), not a verb: a state right before it (roleCues asks only
// there) is not the subject of a giving or receiving ("سلّم ... الجيش اللبناني شحنة من المعدات": the
// army is handed a shipment).
func (sc *sentScan) arNounCue(k int) bool {
	return k < len(sc.toks) && sc.toks[k].arabic && sc.lw.isTok("transfer-noun", &sc.toks[k])
}

// arFaClause reports whether token k opens an Arabic clause with "ف"
// after a comma: "لبّت واشنطن حاجة لبنان العسكرية، فسلّم سفيرها ...": the
// verb goes on with the subject named first (Washington met Lebanon's
// need, so its ambassador handed ...), not with the state right before
// the comma.
func (sc *sentScan) arFaClause(k int) bool {
	return k < len(sc.toks) && sc.toks[k].arabic && strings.HasPrefix(sc.toks[k].raw, "ف") && strings.ContainsAny(sc.toks[k].gap, "،,")
}

// arSharedSubject reports whether the Arabic verb at token k opens, after
// a comma and with "ف" (so, then), a clause that goes on with the subject
// named before it: "لبّت الولايات المتحدة حاجة لبنان، فسلّمت الجيش
// اللبناني 40 مدرعة": the state right after the verb is its object, the
// one handed to.
func (sc *sentScan) arSharedSubject(k int) bool {
	if sc.arObjectAfterLamSubject(k) { // "سبق لفرنسا أن باعت قطر" (ar_sabaqa.go)
		return true
	}
	// "أعلنت لوكهيد مارتن أنها سلمت المغرب أول مقاتلة": the pronoun on
	// "أنّ" is the verb's subject, the state after the verb its object
	if k > 0 && k < len(sc.toks) && sc.toks[k].arabic && sc.lw.isTok("pronoun-subject", &sc.toks[k-1]) {
		return true
	}
	if k <= 0 || !sc.arFaClause(k) {
		return false
	}
	for _, c := range sc.countries() {
		if c.tok1 <= k && c.sub != "demonym" {
			return true
		}
	}
	return false
}
