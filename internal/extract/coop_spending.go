package extract

import "strings"

// spentOnDefence reports whether the amount m is what states spend on
// their own defence, told by a destination phrase right after it (the
// lexicon's budget-after, within six words and before a comma or a full
// stop): "$46 billion more on defence", "46 Milliarden US-Dollar mehr für
// Verteidigung ausgegeben", "50 milliards d'euros pour la défense",
// "46.000 millones más en defensa". Such an amount is a budget, not a
// total of arms deals between two states.
func (sc *sentScan) spentOnDefence(m moneySpan) bool {
	after := sc.lw.set("budget-after")
	end := tokIndexAt(sc.toks, m.end)
	for k := end; k < len(sc.toks) && k < end+6; k++ {
		if k > end && strings.ContainsAny(sc.toks[k].gap, ",;:.") {
			return false
		}
		if n, _ := after.at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}
