package extract

import "strings"

// arProvidesFor reports whether the delivery word at token p is what a
// contract provides for: "عقد يقضي بتسليم 24 طائرة", "اتفاق ينص على توريد
// ..." (a contract that provides for the delivery of): the deal is made,
// the delivery is still to come, so the stage is ordered.
func (sc *sentScan) arProvidesFor(p int) bool {
	if sc.arContractFor(p) {
		return true
	}
	k := p - 1
	if k >= 0 && sc.toks[k].norm == "علي" {
		k--
	}
	if k < 0 || !sc.toks[k].arabic {
		return false
	}
	w := sc.toks[k].norm
	if len(w) > 2 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		if arProvidesVerbs[w[len("و"):]] {
			return true
		}
	}
	return arProvidesVerbs[w]
}

// arProvidesVerbs: "يقضي/تقضي ب", "ينص/تنص على", "يشمل" is no such verb
// (a package that includes delivered goods).
var arProvidesVerbs = map[string]bool{
	"يقضي": true, "تقضي": true, "ينص": true, "تنص": true, "نص": true, "قضي": true,
}

// arPeaceTreaty reports whether the agreement word at token p names a
// peace treaty, a truce or a ceasefire ("معاهدة السلام بين مصر وإسرائيل",
// "اتفاق وقف إطلاق النار", "اتفاق الهدنة"): no defence cooperation.
func (sc *sentScan) arPeaceTreaty(p int) bool {
	for k := p + 1; k <= p+2 && k < len(sc.toks); k++ {
		switch sc.toks[k].norm {
		case "سلام", "للسلام", "هدنه", "وقف":
			return true
		}
		if !sc.toks[k].arabic {
			return false
		}
	}
	return false
}

// arOrderedCount reports whether the request word at token p orders a
// count outright: "طلبت القوات الجوية الجزائرية 24 طائرة مسيرة" (ordered
// 24 drones), "طلبت ست طائرات" — Arabic "طلب" is both to request and to
// order; with its object counted right after it (the subject between),
// and no verbal noun of buying ("طلبت شراء 24 طائرة": asked to buy), it
// is an order.
func (sc *sentScan) arOrderedCount(p int) bool {
	if p >= len(sc.toks) || !sc.toks[p].arabic {
		return false
	}
	w := sc.toks[p].norm
	if w != "طلبت" && w != "طلب" && w != "وطلبت" && w != "وطلب" {
		return false
	}
	for _, n := range sc.nums {
		if n.tok0 <= p || n.tok0-p > 5 || hardBreakBetween(sc.toks, p+1, n.tok0+1) {
			continue
		}
		for k := p + 1; k < n.tok0; k++ {
			if strings.ContainsAny(sc.toks[k].gap, "،,") || sc.lw.isTok("buy-noun", &sc.toks[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// arContractFor reports whether the delivery word at token p, with "ل"
// attached, gives the purpose of a contract named right before it: "وقعت
// الجزائر عقدا لتسليمها 14 مقاتلة" (a contract to deliver her 14
// fighters), "صفقة لتوريد" (a deal to supply): the delivery is what the
// deal is for, still to come; the stage is ordered.
func (sc *sentScan) arContractFor(p int) bool {
	if p < 1 || p >= len(sc.toks) || !sc.toks[p].arabic || !strings.HasPrefix(sc.toks[p].norm, "ل") {
		return false
	}
	if strings.ContainsAny(sc.toks[p].gap, "،,.;:") {
		return false
	}
	return sc.lw.isTok("contract-noun", &sc.toks[p-1])
}

// arApprovesDelivery reports whether the delivery word at token p is what
// a government approves: "وافقت الحكومة الألمانية على تسليم غواصة"،
// "أقر مجلس الأمن الاتحادي تسليم غواصة"، "أذنت ألمانيا بتسليم": an
// approval verb (or the noun "موافقة") right before the verbal noun, or
// with its subject between (up to five words), in the same clause. The
// delivery is approved, not made.
func (sc *sentScan) arApprovesDelivery(p int) bool {
	if p >= len(sc.toks) || !sc.toks[p].arabic || !sc.arabicHandOverNoun(p) && !sc.lw.isTok("delivery-noun", &sc.toks[p]) {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-6; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, "،,.;:؛") {
			return false
		}
		w := sc.toks[k].norm
		if w == "علي" {
			continue
		}
		if len(w) > 2 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && arApproveWords[w[len("و"):]] {
			return true
		}
		if arApproveWords[w] {
			return true
		}
	}
	return false
}

// arApproveWords: approving verbs and the noun of approval, normalised
// (أ → ا, ة → ه).
var arApproveWords = map[string]bool{
	"وافق": true, "وافقت": true, "يوافق": true, "توافق": true, "اقر": true, "اقرت": true, "يقر": true, "تقر": true,
	"صادق": true, "صادقت": true, "اذن": true, "اذنت": true, "اجاز": true, "اجازت": true,
	"سمح": true, "سمحت": true, "موافقه": true, "الموافقه": true, "بالموافقه": true,
}
