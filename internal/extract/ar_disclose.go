package extract

// arDisclosure reports whether the Arabic negation at token p denies only
// that something was made public: "لم يتم الكشف عن قيمة الصفقة", "لكن لم
// يعلن عن موعد التسليم", "لم تحدد عدد المقاتلات" (the value, the date, the
// number were not disclosed). The deal itself is stated; the negation
// does not undo it.
func (sc *sentScan) arDisclosure(p int) bool {
	if sc.lw.code != "ar" || p+1 >= len(sc.toks) {
		return false
	}
	k := p + 1
	if arDoneWords[sc.toks[k].norm] && k+1 < len(sc.toks) {
		k++ // "لم يتم الكشف", "لم يجر الإعلان"
	}
	return arInSet(arDiscloseWords, sc.toks[k].norm)
}

// arDoneWords: "يتم"/"تتم"/"يجر" before a verbal noun.
var arDoneWords = arWordSet("يتم", "تتم", "يجر", "يجري", "تجر")

// arDiscloseWords: verbs and verbal nouns of making public or specifying.
var arDiscloseWords = arWordSet(
	"يعلن", "تعلن", "يكشف", "تكشف", "يحدد", "تحدد", "يذكر", "تذكر", "يفصح", "تفصح",
	"يوضح", "توضح", "يكشفا", "الكشف", "الإعلان", "الإفصاح", "تحديد", "يعلنا", "يُكشف", "يُعلن")

// arValueWord reports whether the aggregate cue at token q is only the
// word for a value ("هبة بقيمة 3 مليارات دولار", "مساعدات عسكرية قيمتها
// 50 مليون دولار"): aid worth an amount is aid in money, not goods given
// in kind, as "aid worth $50 million" is in English.
func (sc *sentScan) arValueWord(q int) bool {
	return sc.lw.code == "ar" && q < len(sc.toks) && arInSet(arValueWords, stripArabicPronoun(sc.toks[q].norm))
}

// arValueWords: "قيمة" and its forms.
var arValueWords = arWordSet("قيمة", "قيمتها", "قيمته")
