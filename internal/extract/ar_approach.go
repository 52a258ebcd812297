package extract

// arApproachAmount reports whether the Arabic verb of approaching at token
// i ("يقترب", "تقترب", "اقترب") tells that an amount or a count nears a
// figure ("عقودا يقترب مجموع قيمتها من 5 مليارات دولار": contracts worth
// close to $5 billion) rather than that a state nears a deal ("تقترب مصر
// من إبرام صفقة"), which is a plan: the figure comes right after "من", or
// a word for a value or a number stands between.
func (sc *sentScan) arApproachAmount(i int) bool {
	if sc.lw.code != "ar" || i >= len(sc.toks) || !arApproachWords[sc.toks[i].norm] {
		return false
	}
	for k := i + 1; k < len(sc.toks) && k <= i+4; k++ {
		w := sc.toks[k].norm
		if arInSet(arAmountWords, stripArabicPronoun(w)) {
			return true
		}
		if w == "من" && k+1 < len(sc.toks) && (sc.toks[k+1].digit || sc.numAt(k+1) != nil) {
			return true
		}
	}
	return false
}

// arApproachWords: forms of "اقترب" (to near).
var arApproachWords = arWordSet("يقترب", "تقترب", "اقترب", "اقتربت", "ويقترب", "وتقترب")

// arAmountWords: words for a sum, a value, a size or a number.
var arAmountWords = arWordSet("قيمة", "مجموع", "حجم", "عدد", "إجمالي", "قيمتها", "عددها")
