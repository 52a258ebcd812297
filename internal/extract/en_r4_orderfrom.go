package extract

// orderFromWords are the words for "from" after which a state placed an
// order that a firm received, by language.
var orderFromWords = map[string]string{"en": "from", "ar": "من"}

// orderFromBuyer reports whether the state m follows "an order from" or
// "a contract from" that a firm received or won: the state placed the
// order, so it buys ("Saab has received an order from Thailand for two
// more Gripen fighters", "Lockheed Martin won a contract from Bulgaria for
// eight F-16 jets", "تلقت ساب طلبية من تايلاند لشراء طائرتين غريبن",
// "فازت نافانتيا بعقد من السعودية"). Without a firm before it, "from" keeps
// its sense of the seller ("an order from the United States" placed by a
// buyer). An Arabic demonym after "من" is no such state.
func (sc *sentScan) orderFromBuyer(m mention) bool {
	from, ok := orderFromWords[sc.lw.code]
	if !ok || sc.lw.code == "ar" && m.sub == "demonym" {
		return false
	}
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 || sc.toks[k].norm != from {
		return false
	}
	if n, _ := sc.lw.set("deal").at(sc.toks, k-1); n != 1 {
		return false
	}
	return sc.firmBefore(k - 1)
}
