package extract

import "strings"

// contrastApart reports whether the stretch [from, to) of a negation is a
// clause of its own that a semicolon or a word of contrast (lexicon kind
// "contrast": "but", "mais", "pero", "sino", "aber", "sondern", "لكن")
// sets against the rest of the sentence: "Brazil did not buy the Gripen
// from the United States; it bought it from Sweden", "Morocco did not get
// the F-35, but bought 24 F-16s from the US", "liefert keine Taurus, aber
// drei Patriot-Systeme", "Germany delivered Patriot, but not Taurus". A
// negation there denies its own clause only.
func (sc *sentScan) contrastApart(from, to int) bool {
	if from > 0 && strings.Contains(sc.toks[from].gap, ";") || to < len(sc.toks) && strings.Contains(sc.toks[to].gap, ";") {
		return true
	}
	cs := sc.lw.set("contrast")
	if cs == nil {
		return false
	}
	opens := func(k int) bool {
		if k >= len(sc.toks) {
			return false
		}
		n, _ := cs.at(sc.toks, k)
		return n > 0
	}
	return opens(to) || opens(from)
}
