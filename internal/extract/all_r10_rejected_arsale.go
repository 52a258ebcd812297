package extract

import "strings"

// arSaleGenitive reports whether the state m is the genitive of an Arabic
// verbal noun of selling or buying right before it: "وافقت الخارجية على
// بيع القاهرة ذخائر", "الموافقة على بيع الأردن مقاتلات إف-16", "شراء
// الجزائر مقاتلات": the state sold to, or the state buying, receives.
// With a state after "ل" or "إلى" after the goods ("بيع روسيا أسلحة لإيران") the state
// is the seller and is left to the other cues. In the seen Arabic corpus
// every state right after "بيع" is the buyer (r10-rejected: it had no
// role cue).
func (sc *sentScan) arSaleGenitive(m mention) bool {
	if sc.lw.code != "ar" || m.sub == "demonym" || m.tok0 < 1 || m.tok0 >= len(sc.toks) || clauseGap(sc.toks[m.tok0]) {
		return false
	}
	return arInSet(arSaleNouns, sc.toks[m.tok0-1].norm) && !sc.arStateMarkedAfter(m.tok1)
}

// arStateMarkedAfter reports whether, within four words from k, a state
// has "ل" attached ("لتركيا") or follows "إلى": the receiving end named
// after the goods. "ذخائر للمروحيات" (for the helicopters) names none.
func (sc *sentScan) arStateMarkedAfter(k int) bool {
	for j := k; j < len(sc.toks) && j < k+4; j++ {
		if clauseGap(sc.toks[j]) && j > k {
			return false
		}
		if c, ok := sc.countryMentionAt(j); ok && strings.HasPrefix(c.prefix, "ل") {
			return true
		}
		if sc.toks[j].norm == "الي" && sc.countryAt(j+1) {
			return true
		}
	}
	return false
}

var arSaleNouns = arWordSet("بيع", "شراء")
