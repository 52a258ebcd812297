package extract

// partWhole reads a part and its whole after the system: "Le Sénégal a
// reçu trois patrouilleurs français sur les six commandés", "sur un total
// de six commandés à la France", "received six Rafales out of the 24
// ordered" — the count before m is the part delivered, the number after
// "sur"/"out of" the order. The whole must end its phrase or be followed
// by a word for ordered, planned or units, or by a weapon noun ("sur les
// 24 appareils commandés"), so that "sur 10 jours" is no whole.
func (sc *sentScan) partWhole(m mention) (part, total int) {
	part = sc.quantityBefore(m)
	if part < 1 {
		return 0, 0
	}
	k := m.tok1
	// a demonym or an adjective or two after the system: "patrouilleurs
	// français", "hélicoptères de combat" is inside the mention
	for steps := 0; k < len(sc.toks) && steps < 3 && !sc.lw.isTok("out-of", &sc.toks[k]); steps++ {
		if sc.numAt(k) != nil || sc.genericAt(k) && k >= m.tok1+1 {
			return 0, 0
		}
		k++
	}
	if k >= len(sc.toks) || !sc.lw.isTok("out-of", &sc.toks[k]) {
		return 0, 0
	}
	k++
	for steps := 0; k < len(sc.toks) && steps < 4 && sc.numAt(k) == nil; steps++ {
		switch sc.toks[k].norm {
		case "les", "un", "une", "total", "de", "d", "of", "the", "an", "overall", "a":
		default:
			return 0, 0
		}
		k++
	}
	n2 := sc.numAt(k)
	if n2 == nil || int(n2.value) <= part || n2.value >= 10000 {
		return 0, 0
	}
	e := n2.tok1
	if e >= len(sc.toks) || gapBreaks(sc.toks[e].gap) || sc.lw.isTok("whole-end", &sc.toks[e]) || sc.genericAt(e) {
		return part, int(n2.value)
	}
	return 0, 0
}
