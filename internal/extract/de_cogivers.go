package extract

// deCoGivers drops a seller and buyer read from two German states joined
// by "und" (or "sowie") before a giving verb: both are its subject and
// give, neither gets from the other. "Die Panzerhaubitzen 2000, die
// Deutschland und die Niederlande geliefert haben" names two givers and
// no buyer; "Deutschland und die Niederlande haben der Ukraine …
// geliefert" reads the buyer elsewhere and is not touched. It returns
// "", "" for such a pair, else sup and rec unchanged.
func (d *docScan) deCoGivers(sc *sentScan, sup, rec string) (string, string) {
	if d.lw.code != "de" || sup == "" || rec == "" {
		return sup, rec
	}
	for _, a := range sc.countries() {
		for _, b := range sc.countries() {
			if a.sub == "demonym" || b.sub == "demonym" || a.tok1 >= b.tok0 || !(a.id == sup && b.id == rec || a.id == rec && b.id == sup) {
				continue
			}
			if !sc.deJoined(a.tok1, b.tok0) {
				continue
			}
			if a.tok0 > 0 && sc.toks[a.tok0-1].norm == "zwischen" {
				continue // "zwischen Deutschland und Israel": a pair of parties
			}
			_, to := sc.clauseOf(b.tok0)
			if _, ok := sc.lw.set("supply-verb").any(sc.toks, b.tok1, to); ok && !sc.deRecipientMarked(b.tok1, to) {
				return "", ""
			}
		}
	}
	return sup, rec
}

// deJoined reports whether the tokens [from, to) are only "und" or
// "sowie", with articles: "Deutschland und die Niederlande".
func (sc *sentScan) deJoined(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch w := sc.toks[k].norm; {
		case w == "und" || w == "sowie":
			and = true
		case sc.lw.isWord("article", w):
		default:
			return false
		}
	}
	return and
}

// deRecipientMarked reports whether a state in [from, to) is marked as
// the one that gets: after "an" or "nach" (deToPrep), or a bare dative.
func (sc *sentScan) deRecipientMarked(from, to int) bool {
	for _, c := range sc.countries() {
		if c.tok0 < from || c.tok0 >= to {
			continue
		}
		if sc.deToPrep(c) || sc.germanDative(c) { // de_reexport.go: "an", "nach", "in … hinein"
			return true
		}
	}
	return false
}
