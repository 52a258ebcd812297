package extract

// arGoodsIncluding finds the amount of an Arabic sentence that is the
// worth of goods or of a deal listed after it: "عتادا عسكريا قيمته 1.15
// مليار دولار، يتضمن 130 دبابة و20 مدرعة" (equipment worth $1.15 billion
// including 130 tanks and 20 armoured vehicles), "بلغت قيمة الصفقة ستة
// مليارات دولار، وشملت كذلك صواريخ" (the deal's value ... and it also
// included missiles). The amount covers several items, so it is the pair's
// aggregate, not one system's price. It returns the index of the amount in
// sc.money, or -1.
func (sc *sentScan) arGoodsIncluding() int {
	if sc.lw.code != "ar" || len(sc.money) == 0 {
		return -1
	}
	for j, mo := range sc.money {
		t := tokIndexAt(sc.toks, mo.start)
		// "قيمته", "قيمتها", "بقيمة", "قيمة الصفقة" in the four words before
		valued := false
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if arInSet(arWorthWords, sc.toks[k].norm) {
				valued = true
				break
			}
		}
		if !valued {
			continue
		}
		e := tokIndexAt(sc.toks, mo.end)
		for k := e; k < len(sc.toks) && k <= e+5; k++ {
			if !arIncludesVerb(sc.toks[k]) && !arInSet(arIncludedPast, sc.toks[k].norm) {
				continue
			}
			// "وشملت كذلك", "تضم أيضا": more than what follows
			if k+1 < len(sc.toks) && arInSet(arAlsoWords, sc.toks[k+1].norm) {
				return j
			}
			// two items or more listed after the verb
			items := 0
			for _, m := range sc.mentions {
				if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > k {
					items++
				}
			}
			if items >= 2 {
				return j
			}
		}
	}
	return -1
}

var (
	arWorthWords = arWordSet("قيمته", "قيمتها", "بقيمة", "قيمة", "بقيمه", "كلفته", "كلفتها", "بكلفة", "تكلفته", "تكلفتها")
	arAlsoWords  = arWordSet("كذلك", "أيضا", "أيضاً")
	// "شملت", "ضمت", "تضمنت": the past of "includes"
	arIncludedPast = arWordSet("شملت", "شمل", "ضمت", "ضم", "تضمنت", "تضمن")
)
