package extract

import "strings"

// arProvidesFor reports whether the delivery word at token p is what a
// contract provides for: "عقد يقضي بتسليم 24 طائرة", "اتفاق ينص على توريد
// ..." (a contract that provides for the delivery of): the deal is made,
// the delivery is still to come, so the stage is ordered.
func (sc *sentScan) arProvidesFor(p int) bool {
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
