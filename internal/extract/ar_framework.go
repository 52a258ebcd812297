package extract

import "strings"

// arNotCue reports whether the Arabic cue of kind at token i is none:
// a plan word that is no plan (arNotPlan), or "حصل"/"حصلت" (got, and
// also happened) with no "على" after it ("وهذا ما حصل مع صفقة رافال":
// what happened; "حصل المغرب سنة 2021 على طائرات": got).
func (sc *sentScan) arNotCue(kind string, i int) bool {
	switch kind {
	case "hypothetical":
		return sc.arNotPlan(i)
	case "stage-delivered", "stage-received":
		return sc.arHappened(i)
	}
	return false
}

// arHappened: "حصل"/"حصلت" with no "على"/"عليها" in the next eight words,
// or with a loan, a funding, an approval or aid after its "على".
func (sc *sentScan) arHappened(i int) bool {
	if sc.lw.code != "ar" || i >= len(sc.toks) || !arInSet(arGotVerbs, sc.toks[i].norm) {
		return false
	}
	// r10-rejected: eight words, as "حصل الأردن، إلى جانب التمويل العسكري الأجنبي، على معدات" puts an aside between
	for k := i + 1; k < len(sc.toks) && k <= i+8; k++ {
		if strings.HasPrefix(sc.toks[k].norm, "علي") {
			// "حصل المغرب على قرض", "حصلت على موافقة": money or leave
			// got, not weapons
			return k+1 < len(sc.toks) && arInSet(arGotNotArms, sc.toks[k+1].norm)
		}
	}
	return true
}

var (
	arGotVerbs   = arWordSet("حصل", "حصلت")
	arGotNotArms = arWordSet("قرض", "قروض", "تمويل", "منحة", "موافقة", "الضوء", "ضوء", "ترخيص", "رخصة", "دعم", "تمويلات", "مساعدة", "مساعدات", "وعد", "وعود", "تعهد", "تعهدات")
)

// arNotPlan reports whether an Arabic word of the hypothetical list at token
// i is no plan for the sentence's deal: an amount nearing a figure
// (ar_approach.go), or an effort named as the frame of what was done ("في
// إطار سعيها لتحديث قواتها", "ضمن مساعي البلدين لتطوير العلاقات": as part
// of its effort to modernise its forces). "تسلمت مصر 6 مقاتلات رافال في
// إطار سعيها لتحديث قواتها" is a delivery; "أكدت تونس سعيها لاقتناء"
// stays a plan.
func (sc *sentScan) arNotPlan(i int) bool {
	return sc.arApproachAmount(i) || sc.arFrameworkEffort(i) || sc.arConcludedTalks(i) // ar_talks.go
}

// arFrameworkEffort: token i is a noun of effort or wish right after "في
// إطار", "ضمن" or "في سياق" (one word may stand between: "في إطار
// مساعي البلدين").
func (sc *sentScan) arFrameworkEffort(i int) bool {
	if sc.lw.code != "ar" || i >= len(sc.toks) || !arInSet(arEffortNouns, sc.toks[i].norm) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ".;:؛") {
			return false
		}
		if arInSet(arFrameOfEffort, sc.toks[k].norm) {
			return true
		}
	}
	return false
}

var (
	arEffortNouns   = arWordSet("سعي", "سعيها", "سعيه", "سعيهما", "مساعي", "مساعيها", "مساعيه", "مسعى", "تطلعها", "تطلعه", "رغبتها", "رغبته", "جهود", "جهودها")
	arFrameOfEffort = arWordSet("إطار", "ضمن", "سياق")
)
