package extract

// rangeStart reports whether a year opens a span of years, "entre 1996 y
// 1997", "between 2019 and 2021", "entre 2019 et 2021", "zwischen 2019
// und 2021": a deal told over a span takes its last year (annotating.md:
// the year of the last delivery), so the first year does not date it.
func (sc *sentScan) rangeStart(y yearSpan) bool {
	if y.relative || y.tok0 < 1 || y.tok0+2 >= len(sc.toks) {
		return false
	}
	switch sc.toks[y.tok0-1].norm {
	case "entre", "between", "zwischen":
	default:
		return false
	}
	switch sc.toks[y.tok0+1].norm {
	case "y", "and", "et", "und":
	default:
		return false
	}
	for _, o := range sc.years {
		if o.tok0 == y.tok0+2 && o.year > y.year {
			return true
		}
	}
	return false
}
