package extract

// arAskedAbout reports whether an Arabic state mention stands in a
// "whether" clause ("ما إذا كانت تيرانا تتجه إلى شراء مسيرات"، "عمّا إذا
// كانت ألبانيا ستشتري"): a question about a purchase.
func (sc *sentScan) arAskedAbout(m mention) bool {
	if m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic {
		return false
	}
	from, _ := sc.clauseOf(m.tok0)
	for k := m.tok0 - 1; k > from && k >= m.tok0-4; k-- {
		if sc.toks[k].norm == "اذا" && sc.lw.isTok("whether-word", &sc.toks[k-1]) {
			return true
		}
	}
	return false
}

// arUnasked drops from a list of candidate buyers (or other parties) the
// states named only in a "whether" clause, when another state remains:
// "تساؤلات حول ما إذا كانت تيرانا تتجه إلى شراء مسيرات تركية، بعد صفقة
// لتزويد بولندا بمسيرات بيرقدار": Poland is supplied, Albania only asked
// about. A state asked about and named nowhere else stays the buyer ("ما
// إذا كانت مصر ستشتري مقاتلات أخرى، بعد أن تسلمت 24 رافال").
func (sc *sentScan) arUnasked(ids []string) []string {
	if len(ids) < 2 {
		return ids
	}
	var out []string
	for _, id := range ids {
		asked := false
		for _, m := range sc.countries() {
			if m.id != id {
				continue
			}
			if !sc.arAskedAbout(m) {
				asked = false
				break
			}
			asked = true
		}
		if !asked {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return ids
	}
	return out
}
