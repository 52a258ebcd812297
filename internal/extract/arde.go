package extract

import "strings"

// Word lists of the Arabic and German rules that extend the shared ones in
// rules.go; kept apart so that those stay small.

func init() {
	// "nicht nur … sondern auch", "ليس فقط … بل": a contrast that adds,
	// not a negation
	for _, w := range []string{"nur", "فقط"} {
		notNegating[w] = true
	}
}

// arabicPartOf reads "18 طائرة من أصل 36" (18 aircraft out of 36): the
// part and the whole around "من أصل", the count and its noun before it.
func (sc *sentScan) arabicPartOf(m mention) (part, total int) {
	for k := 0; k+1 < len(sc.toks); k++ {
		if sc.toks[k].norm != "من" || sc.toks[k+1].norm != "اصل" {
			continue
		}
		var n1, n2 *numSpan
		for i := range sc.nums {
			n := &sc.nums[i]
			// the nearest count before, a comma allowed: "18 طائرة مقاتلة
			// من طراز أف 16، من أصل 36"
			if n.tok1 <= k && k-n.tok1 <= 9 && !hardBreakBetween(sc.toks, n.tok1, k+1) && !sc.inSystem(n.tok0) {
				n1 = n
			}
			if n2 == nil && n.tok0 == k+2 {
				n2 = n
			}
		}
		if n1 == nil || n2 == nil || n1.value < 1 || n1.value >= n2.value {
			continue
		}
		// the system is counted by the part, or stands right after the whole
		if m.tok0 >= n1.tok1 && m.tok0 < k || m.tok0 >= n2.tok1 && m.tok0-n2.tok1 <= 2 || m.tok1 <= n1.tok0 && n1.tok0-m.tok1 <= 3 {
			return int(n1.value), int(n2.value)
		}
	}
	return 0, 0
}

// hardBreakBetween: a gap in toks[a:b] ends more than a phrase.
func hardBreakBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if strings.ContainsAny(toks[k].gap, ".;:!?؛\n") {
			return true
		}
	}
	return false
}
