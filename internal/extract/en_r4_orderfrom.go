package extract

// orderFromBuyer reports whether the state m follows "an order from" or
// "a contract from" that a firm received or won: the state placed the
// order, so it buys ("Saab has received an order from Thailand for two
// more Gripen fighters", "Lockheed Martin won a contract from Bulgaria for
// eight F-16 jets"). Without a firm before it, "from" keeps its sense of
// the seller ("an order from the United States" placed by a buyer).
func (sc *sentScan) orderFromBuyer(m mention) bool {
	k := m.tok0 - 1
	if k >= 0 && articles[sc.toks[k].norm] {
		k--
	}
	if k < 1 || sc.toks[k].norm != "from" || sc.lw.code != "en" {
		return false
	}
	if n, _ := sc.lw.set("deal").at(sc.toks, k-1); n != 1 {
		return false
	}
	return sc.firmBefore(k - 1)
}
