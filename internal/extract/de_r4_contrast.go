package extract

// deContrastAfter reports whether the system at token t stands in a
// stretch after the negation at token p that a German word of contrast
// opens: the negation denies only what comes before it. "Deutschland
// liefert der Ukraine keine Taurus, aber drei weitere Patriot-Systeme",
// "Die Ukraine bekommt keine Taurus, wohl aber weitere Patriot-Systeme aus
// Deutschland", "... keine Taurus, sondern weitere Patriot-Systeme".
func (sc *sentScan) deContrastAfter(p, t int) bool {
	if sc.lw.code != "de" || t <= p {
		return false
	}
	_, negTo := sc.stretchOf(p)
	from, _ := sc.stretchOf(t)
	if from < negTo || from >= len(sc.toks) {
		return false
	}
	switch sc.toks[from].norm {
	case "aber", "sondern", "doch", "jedoch", "dafur", "wohl", "allerdings":
		return true
	}
	return false
}
