package extract

// deJoinedToPrep reports whether a German state is the second or later
// member of a list after "an" or "nach": "an die Slowakei und
// Tschechien", "nach Polen, Katar und Litauen". Such a state gets the
// arms as the first one does; it is no holder passing them on
// (deReexport) nor a bare subject.
func (sc *sentScan) deJoinedToPrep(m mention) bool {
	return sc.deJoinedAfter(m, sc.deToPrep)
}

// deJoinedSource reports whether a German state is the second or later
// member of a list after "aus" or "von" that names where arms come from:
// "Panzerhaubitzen aus Deutschland und den Niederlanden erhalten". Like
// the first, it gives; it is not the buyer.
func (sc *sentScan) deJoinedSource(m mention) bool {
	return sc.deJoinedAfter(m, func(c mention) bool {
		p := c.tok0 - 1
		if p >= 0 && sc.lw.isTok("article", &sc.toks[p]) {
			p--
		}
		return p >= 0 && sc.toks[p].norm == "aus" && !sc.deStockOwner(c)
	})
}

// deJoinedAfter reports whether German state m follows, in one list of
// states joined by commas and "und", a state for which head is true.
func (sc *sentScan) deJoinedAfter(m mention, head func(mention) bool) bool {
	if sc.lw.code != "de" || m.sub == "demonym" {
		return false
	}
	cs := sc.countries()
	for k := len(cs) - 1; k >= 0; k-- {
		if cs[k].tok0 != m.tok0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if cs[j].sub == "demonym" || !sc.joined(cs[j].tok1, cs[j+1].tok0) {
				return false
			}
			if head(cs[j]) {
				return true
			}
		}
		return false
	}
	return false
}
