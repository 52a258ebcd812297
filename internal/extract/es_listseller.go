package extract

// esSellerOfOther handles a seller named by a participle phrase that
// follows another system of a list: in "incluyó dos submarinos Scorpène
// para la Armada y ocho fragatas de segunda mano, así como tanques
// Leopard 2 comprados a Alemania", Germany sold the Leopard 2 only. For a
// system m named before that phrase, it returns the system's own origin
// ("" for a generic word) and true; otherwise sup and false.
func (sc *sentScan) esSellerOfOther(m mention, sup, origin string) (string, bool) {
	if sc.lw.code != "es" || sup == "" || sup == origin {
		return sup, false
	}
	for _, c := range sc.countries() {
		if c.id != sup || c.tok0 < 3 || c.tok0 <= m.tok1 {
			continue
		}
		k := c.tok0 - 1
		if sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
		if k < 1 || sc.toks[k].norm != "a" {
			continue
		}
		// "comprados a Alemania", "adquiridas a Francia", "encargados a"
		if n, _ := sc.lw.set("buy-verb").at(sc.toks, k-1); n != 1 {
			continue
		}
		p := k - 1
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 == p && o.tok0 > m.tok1 {
				if m.kind != mSystem {
					return "", true // a generic word of the list has no seller here
				}
				return origin, true // the phrase is the other system's
			}
		}
	}
	return sup, false
}
