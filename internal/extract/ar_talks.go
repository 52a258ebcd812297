package extract

import "strings"

// arConcludedTalks reports whether the Arabic word of negotiations at token
// i ("مفاوضات", "محادثات") names talks that are over: a verb of ending right
// before it ("أنهت القاهرة وموسكو مفاوضات صفقة", "اختتم البلدان
// المحادثات", "انتهت المفاوضات") or "بعد"/"عقب"/"إثر" (after talks). Talks
// that ended in a deal are no plan; "تجري مصر مفاوضات لشراء" stays one.
// Two words (the states: "القاهرة وموسكو") may stand between the verb and
// the noun, with no comma.
func (sc *sentScan) arConcludedTalks(i int) bool {
	if sc.lw.code != "ar" || i >= len(sc.toks) || !arInSet(arTalksNouns, sc.toks[i].norm) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, "،,.;؛:") {
			return false
		}
		w := sc.toks[k].norm
		if arInSet(arTalksEnd, w) {
			return true
		}
		// "بعد مفاوضات": only right before the noun
		if k == i-1 && arInSet(arAfterWords, w) {
			return true
		}
	}
	return false
}

var (
	arTalksNouns = arWordSet("مفاوضات", "محادثات", "مباحثات")
	arTalksEnd   = arWordSet("أنهت", "أنهى", "أنهيا", "أنهتا", "اختتمت", "اختتم", "اختتما", "اختتمتا",
		"أتمت", "أتم", "أتما", "انتهت", "انتهاء", "أكملت", "أكمل", "استكملت", "ختام", "إنهاء", "اختتام", "نهاية")
	arAfterWords = arWordSet("بعد", "عقب", "إثر", "اثر")
)
