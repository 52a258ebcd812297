package extract

// esSaleWith reads a Spanish state after "con" in a sentence that signs
// a sale named after it: in "España firmó con Egipto la venta de dos
// corbetas" the subject sells and Egypt, signed with, buys. k is the
// position of "con"; ok is false when no sale word follows it.
func (sc *sentScan) esSaleWith(k int) (sup, rec, ok bool) {
	if sc.lw.code != "es" {
		return false, false, false
	}
	for j := k + 1; j < len(sc.toks) && j <= k+10; j++ {
		if (sc.toks[j].norm == "venta" || sc.toks[j].norm == "ventas") && !sc.boundaryBetween(k+1, j) {
			return false, true, true
		}
	}
	return false, false, false
}

// esSignsSale reports whether the Spanish verb at k signs a sale named
// right after it: in "España firmó con Egipto la venta de dos corbetas"
// and "Francia firmó un contrato de venta de tres fragatas a Grecia" the
// state before the verb sells (not when two states sign).
func (sc *sentScan) esSignsSale(k int) bool {
	if sc.lw.code != "es" {
		return false
	}
	n, _ := sc.lw.set("agreement-sign").at(sc.toks, k)
	if n == 0 {
		return false
	}
	// "Estados Unidos y Arabia Saudí firmaron acuerdos de venta": two
	// states sign, neither is told the seller here
	from, _ := sc.clauseOf(k)
	states := 0
	for j := from; j < k; j++ {
		if sc.countryAt(j) {
			states++
		}
	}
	if states > 1 {
		return false
	}
	for j := k + n; j < len(sc.toks) && j <= k+n+6; j++ {
		if sc.boundaryBetween(k+n, j) || sc.countryAt(j) && j > k+n && sc.toks[j-1].norm != "con" {
			return false
		}
		switch sc.toks[j].norm {
		case "venta", "ventas":
			return true
		case "compra", "compras", "adquisicion", "adquisiciones":
			return false
		}
	}
	return false
}
