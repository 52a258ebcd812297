package extract

import "strings"

// contrastApart reports whether the stretch [from, to) of a negation is a
// clause of its own that a semicolon or an opening "but" sets against the
// rest of the sentence: "Brazil did not buy the Gripen from the United
// States; it bought it from Sweden", "Morocco did not get the F-35, but
// bought 24 F-16s from the US". A negation there denies its own clause only.
func (sc *sentScan) contrastApart(from, to int) bool {
	if from > 0 && strings.Contains(sc.toks[from].gap, ";") || to < len(sc.toks) && strings.Contains(sc.toks[to].gap, ";") {
		return true
	}
	return to < len(sc.toks) && sc.toks[to].norm == "but" || from < len(sc.toks) && sc.toks[from].norm == "but"
}
