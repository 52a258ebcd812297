package extract

// boughtByFrom reports whether the state m follows "a" after a buying
// participle and its agent: in "los cuatro aviones adquiridos por el
// Estado argentino a Noruega" the state after "a" sold (the agent after
// "por" bought).
func (sc *sentScan) boughtByFrom(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	k := sc.wordBefore(m)
	if k < 2 || sc.toks[k].norm != "a" && sc.toks[k].norm != "al" {
		return false
	}
	for p := k - 1; p >= 1 && p >= k-5; p-- {
		if sc.toks[p].norm == "por" {
			return sc.lw.isTok("buy-participle", &sc.toks[p-1])
		}
	}
	return false
}

// conjoinedAgent reads a second agent that repeats the preposition of the
// first: in "encargado por Portugal y por Hungría", "ordered by Portugal
// and by Hungary", "commandé par le Portugal et par la Hongrie" the state
// after "y por" takes the role of the state after the first "por" (a
// buyer after a buying participle), where "por Hungría" alone after "y"
// read as a seller.
func (sc *sentScan) conjoinedAgent(m mention) (sup, rec, ok bool) {
	p := sc.wordBefore(m)
	if p < 2 || !sc.lw.isTok("agent-prep", &sc.toks[p]) || !sc.lw.isTok("and-conj", &sc.toks[p-1]) {
		return false, false, false
	}
	// the first agent: a state ending right before the conjunction, after
	// the same preposition
	for _, o := range sc.countries() {
		if o.tok1 != p-1 {
			continue
		}
		q := sc.wordBefore(o)
		if q < 1 || sc.toks[q].norm != sc.toks[p].norm {
			return false, false, false
		}
		w := []token{{norm: sc.toks[q-1].norm}}
		for _, kind := range []string{"stage-ordered", "stage-requested", "buy-verb"} {
			if n, _ := sc.lw.set(kind).at(w, 0); n > 0 {
				return false, true, true
			}
		}
		return false, false, false
	}
	return false, false, false
}
