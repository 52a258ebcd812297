package extract

// arDualCount returns 2 when the Arabic mention opens with a dual noun
// that scanDuals read as a count ("تسلمت الجزائر غواصتين من روسيا", "زورقي
// دورية", "طائرتين مسيرتين"): the count is the noun itself, not a number
// before it. Otherwise 0.
func (sc *sentScan) arDualCount(m mention) int {
	if sc.lw.code != "ar" || m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic {
		return 0
	}
	for _, n := range sc.nums {
		if n.tok0 == m.tok0 && n.tok1 == m.tok0+1 && n.words && n.value == 2 {
			return 2
		}
	}
	return 0
}
