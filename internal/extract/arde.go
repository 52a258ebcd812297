package extract

import "strings"

// Word lists of the Arabic and German rules that extend the shared ones in
// rules.go; kept apart so that those stay small.

// arabicPartOf reads "18 طائرة من أصل 36" (18 aircraft out of 36): the
// part and the whole around "من أصل", the count and its noun before it;
// and "اشترت 24 مقاتلة رافال وصلت ثلاث منها" (three of them): the part
// right before "منها", the whole counting the system before it.
func (sc *sentScan) arabicPartOf(m mention) (part, total int) {
	if p, t := sc.arabicOfThem(m); p > 0 {
		return p, t
	}
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

// cueNear reports whether a cue of kind starts in toks[from:to).
func (sc *sentScan) cueNear(kind string, from, to int) bool {
	for _, p := range sc.cuePositions(kind) {
		if p >= from && p < to {
			return true
		}
	}
	return false
}

// arabicOfThem finds "<whole> <system> ... <part> منها": a count right
// before "منها"/"منهم" (of them) and a larger count before it that counts
// the system, in the same sentence with no hard break between.
func (sc *sentScan) arabicOfThem(m mention) (part, total int) {
	for k := 1; k < len(sc.toks); k++ {
		if w := sc.toks[k].norm; w != "منها" && w != "منهم" {
			continue
		}
		var n1 *numSpan
		for i := range sc.nums {
			if sc.nums[i].tok1 == k {
				n1 = &sc.nums[i]
			}
		}
		if n1 == nil || n1.value < 1 {
			continue
		}
		var n2 *numSpan
		for i := range sc.nums {
			n := &sc.nums[i]
			if n.tok1 <= m.tok0 && m.tok0-n.tok1 <= 3 && m.tok1 <= n1.tok0 && n1.tok0-m.tok1 <= 6 &&
				n.value > n1.value && !hardBreakBetween(sc.toks, n.tok1, n1.tok0) {
				n2 = n
			}
		}
		// the part arrived ("وصلت ثلاث منها"), the whole was ordered
		// ("اشترت 24 مقاتلة"); "تسلمت ثلاث ... حلقت اثنتان منها" is no part
		if n2 != nil && sc.cueNear("stage-delivered", n1.tok0-3, k+3) && (sc.cueNear("stage-ordered", n2.tok0-4, n2.tok0) || sc.cueNear("buy-verb", n2.tok0-4, n2.tok0) || sc.cueNear("deal", n2.tok0-4, n2.tok0)) {
			return int(n1.value), int(n2.value)
		}
	}
	return 0, 0
}
