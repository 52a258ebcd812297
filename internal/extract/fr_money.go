package extract

import "strings"

// notDelivered drops the sums whose currency word is a participle of
// "livrer": "deux Mi-171 livrés par la Russie", "dont 6 livrées en 2023"
// lose their accent in the matcher and read like "171 livres" (pounds).
// The currency "livres" is never written with an accent.
func (sc *sentScan) notDelivered() {
	if sc.lw.code != "fr" || len(sc.money) == 0 {
		return
	}
	kept := sc.money[:0]
	for _, m := range sc.money {
		if m.currency != "" && sc.spanHas(m.start, m.end, "livré") {
			continue
		}
		kept = append(kept, m)
	}
	sc.money = kept
}

// spanHas reports whether the sentence text between two rune offsets
// contains word, lower case.
func (sc *sentScan) spanHas(start, end int, word string) bool {
	r := []rune(sc.s.text)
	a, b := start-sc.s.start, end-sc.s.start
	if a < 0 || b > len(r) || a >= b {
		return false
	}
	return strings.Contains(strings.ToLower(string(r[a:b])), word)
}
