package extract

// esContractReceived reports whether the receiving verb at p takes a
// contract as its object: "Lockheed Martin recibió oficialmente el pasado
// 22 de abril un contrato de 519 millones", "obtuvo el encargo": a firm
// that receives a contract has an order, it has delivered nothing.
func (sc *sentScan) esContractReceived(p int) bool {
	if sc.lw.code != "es" || p < 0 || p >= len(sc.toks) || !esReceiveVerbs[sc.toks[p].norm] {
		return false
	}
	for k := p + 1; k < len(sc.toks) && k <= p+9; k++ {
		if gapBreaks(sc.toks[k].gap) {
			return false
		}
		if esContractNouns[sc.toks[k].norm] {
			return true
		}
	}
	return false
}

// esReceiveVerbs are the forms of "recibir" a firm receives a contract
// with.
var esReceiveVerbs = map[string]bool{
	"recibio": true, "recibe": true, "recibieron": true, "reciben": true, "recibido": true,
}

// esContractNouns are the words for a contract or an order.
var esContractNouns = map[string]bool{
	"contrato": true, "contratos": true, "encargo": true, "pedido": true, "pedidos": true,
}
