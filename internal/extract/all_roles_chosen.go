package extract

// The agent of choosing buys: "El avión ha sido escogido también por
// Hungría, que encargó dos unidades, y por Países Bajos y Austria", "the
// aircraft has been selected by Sweden", "choisi par la Grèce". After a
// choosing participle "por"/"by"/"par" names the customer, not the seller
// it names after "fabricado por" or "supplied by".

// chosenBy reports whether m is an agent of choosing: after "chosen by",
// "escogido también por", or after "y por"/"and by" in a list of such
// agents ("escogido por Hungría, que ..., y por Países Bajos").
func (sc *sentScan) chosenBy(m mention) bool {
	p := sc.wordBefore(m)
	if p < 1 || !sc.lw.isTok("agent-prep", &sc.toks[p]) && sc.toks[p].norm != "von" {
		return false
	}
	chosenAt := func(q int) bool {
		k := q - 1
		for k >= 0 && sc.lw.isTok("also-word", &sc.toks[k]) {
			k--
		}
		return k >= 0 && sc.lw.isTok("chosen-word", &sc.toks[k])
	}
	if chosenAt(p) {
		return true
	}
	if !sc.lw.isTok("and-conj", &sc.toks[p-1]) {
		return false
	}
	// "y por X": an earlier agent of choosing with the same preposition
	for q := p - 2; q >= 1 && q >= p-15; q-- {
		if sc.toks[q].norm == sc.toks[p].norm {
			return chosenAt(q)
		}
	}
	return false
}
