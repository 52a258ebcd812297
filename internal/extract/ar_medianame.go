package extract

import "strings"

// arMediaArticle reports whether the cue word at token i is the French,
// Italian or Spanish article of a news outlet's name written in Arabic
// letters right after the outlet's noun: `صحيفة "لا تريبيون"` (La
// Tribune), `صحيفة لا ريبوبليكا`, `جريدة لو فيغارو`. "لا" there is no
// negation and "لو" no "if".
func (sc *sentScan) arMediaArticle(kind string, i int) bool {
	if kind != "negation" && kind != "hypothetical" || sc.lw.code != "ar" || i < 1 || i+1 >= len(sc.toks) {
		return false
	}
	switch sc.toks[i].norm {
	case "لا", "لو", "لي":
	default:
		return false
	}
	// the outlet's noun right before (a quote mark may open the name),
	// and the name's next word right after, in the same clause
	if g := strings.Trim(sc.toks[i].gap, " \"«“"); g != "" || !arInSet(arMediaWords, sc.toks[i-1].norm) {
		return false
	}
	next := sc.toks[i+1]
	return next.arabic && strings.TrimSpace(next.gap) == ""
}
