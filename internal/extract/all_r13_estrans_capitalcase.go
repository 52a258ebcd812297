package extract

// all_r13_estrans_capitalcase.go: a capital's name of several words is a
// state only when written as a name: "La Paz" is Bolivia, but "las amenazas
// a la paz y la seguridad" is peace, and "Ambos países suscribieron" then
// made Bolivia a signatory. caseOK checks the first word of a one-word
// alias only; a capital of several words whose last word the lexicon
// capitalises needs that word capitalised (or in capitals) in the text.

// r13CapitalCaseOK reports whether the text's tokens write a capital's
// last word as the lexicon capitalises it.
func r13CapitalCaseOK(e *entry, toks []token) bool {
	if e.kind != mCountry || e.sub != "capital" || len(e.raw) < 2 || len(toks) < len(e.raw) {
		return true
	}
	k := len(e.raw) - 1
	r, t := e.raw[k], toks[k]
	if t.arabic || !isCapitalised(r) {
		return true
	}
	return isCapitalised(t.raw)
}
