package extract

// buyParticiples are Spanish participles of buying: "adquiridos por
// Argentina a Noruega", "comprados por el Gobierno a Francia".
var buyParticiples = map[string]bool{
	"adquirido": true, "adquiridos": true, "adquirida": true, "adquiridas": true,
	"comprado": true, "comprados": true, "comprada": true, "compradas": true,
	"encargado": true, "encargados": true, "encargada": true, "encargadas": true,
}

// boughtByFrom reports whether the state m follows "a" after a buying
// participle and its agent: in "los cuatro aviones adquiridos por el
// Estado argentino a Noruega" the state after "a" sold (the agent after
// "por" bought).
func (sc *sentScan) boughtByFrom(m mention) bool {
	if sc.lw.code != "es" || m.tok0 < 3 {
		return false
	}
	k := m.tok0 - 1
	if articles[sc.toks[k].norm] {
		k--
	}
	if k < 2 || sc.toks[k].norm != "a" && sc.toks[k].norm != "al" {
		return false
	}
	for p := k - 1; p >= 1 && p >= k-5; p-- {
		if sc.toks[p].norm == "por" {
			return buyParticiples[sc.toks[p-1].norm]
		}
	}
	return false
}
