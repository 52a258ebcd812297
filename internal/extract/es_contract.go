package extract

// esContractReceived reports whether the receiving verb at p takes a
// contract as its object: "Lockheed Martin recibió oficialmente el pasado
// 22 de abril un contrato de 519 millones", "obtuvo el encargo": a firm
// that receives a contract has an order, it has delivered nothing.
func (sc *sentScan) esContractReceived(p int) bool {
	if sc.lw.code != "es" || p < 0 || p >= len(sc.toks) || !sc.lw.isTok("receive-verb", &sc.toks[p]) {
		return false
	}
	for k := p + 1; k < len(sc.toks) && k <= p+9; k++ {
		if gapBreaks(sc.toks[k].gap) {
			return false
		}
		if sc.lw.isTok("contract-word", &sc.toks[k]) {
			return true
		}
	}
	return false
}
