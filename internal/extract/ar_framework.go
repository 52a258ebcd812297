package extract

import "strings"

// arNotPlan reports whether an Arabic word of the hypothetical list at token
// i is no plan for the sentence's deal: an amount nearing a figure
// (ar_approach.go), or an effort named as the frame of what was done ("في
// إطار سعيها لتحديث قواتها", "ضمن مساعي البلدين لتطوير العلاقات": as part
// of its effort to modernise its forces). "تسلمت مصر 6 مقاتلات رافال في
// إطار سعيها لتحديث قواتها" is a delivery; "أكدت تونس سعيها لاقتناء"
// stays a plan.
func (sc *sentScan) arNotPlan(i int) bool {
	return sc.arApproachAmount(i) || sc.arFrameworkEffort(i)
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
