package extract

// arDealTotal reads a delivery counted out of the deal it belongs to,
// named after it: "تسلمت مصر 4 مقاتلات رافال في إطار صفقة لشراء 30
// طائرة", "ضمن صفقة تشمل 30 طائرة", "بموجب عقد لتوريد 73 دبابة". The
// count before the system is the part delivered, the count of the deal
// the whole ordered (as "من أصل" gives them: arabicPartOf).
func (sc *sentScan) arDealTotal(m mention) (part, total int) {
	if sc.lw.code != "ar" {
		return 0, 0
	}
	q := sc.quantityBefore(m)
	if q < 1 {
		return 0, 0
	}
	for k := m.tok1; k+1 < len(sc.toks) && k <= m.tok1+6; k++ {
		if !arFrameWords[sc.toks[k].norm] || !arDealWords[sc.toks[k+1].norm] {
			continue
		}
		for _, n := range sc.nums {
			if n.tok0 >= k+2 && n.tok0 <= k+4 && n.value > float64(q) && !hardBreakBetween(sc.toks, m.tok1, n.tok1) && sc.arCountsWeapon(n) {
				return q, int(n.value)
			}
		}
	}
	return 0, 0
}

// arFrameWords: "(في) إطار", "ضمن", "بموجب", "تنفيذا (لـ)".
var arFrameWords = arWordSet("إطار", "ضمن", "بموجب", "بمقتضى")

// arDealWords: a deal or contract after a frame word.
var arDealWords = arWordSet("صفقة", "عقد", "اتفاق", "اتفاقية", "صفقات", "عقود", "طلبية", "طلبيات")

// arCountsWeapon reports whether the number counts things, a noun after
// it: "30 طائرة", not "5 مليارات دولار", "عام 2015" or "10 سنوات".
func (sc *sentScan) arCountsWeapon(n numSpan) bool {
	k := n.tok1
	if k >= len(sc.toks) || !sc.toks[k].arabic || n.tok0 > 0 && arYearWords[sc.toks[n.tok0-1].norm] {
		return false
	}
	for _, kind := range []string{"currency", "scale", "duration"} {
		if c, _ := sc.lw.set(kind).at(sc.toks, k); c > 0 {
			return false
		}
	}
	return true
}

// arYearWords: "عام", "سنة" before a year.
var arYearWords = arWordSet("عام", "سنة", "العام")
