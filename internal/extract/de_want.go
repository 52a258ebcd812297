package extract

// deWantGive reads the German "will/wollen … liefern" of a state: "Deutschland
// will der Ukraine 178 Leopard 1 liefern", "Norwegen und Dänemark wollen
// der Ukraine 8000 Granaten schicken". In news such a sentence most often
// reports a pledge a government announced, sometimes only a wish: the
// candidate is kept in doubt (flag de-want-give) for the model to weigh,
// where other plans and wishes are dropped. The clause [from, to) has
// "will" or "wollen" as its only word of a hypothetical, a state before
// it, and ends in an infinitive of giving.
func (sc *sentScan) deWantGive(from, to int) bool {
	if sc.lw.code != "de" || to-from < 3 {
		return false
	}
	want := -1
	for _, p := range sc.cuePositions("hypothetical") {
		if p < from || p >= to {
			continue
		}
		switch sc.toks[p].norm {
		case "will", "wollen": // the lexicon's hypothetical forms of "wollen"
			if want < 0 {
				want = p
			}
		default:
			return false // "will prüfen", "plant": a plan, not a pledge
		}
	}
	if want < 0 {
		return false
	}
	state := false
	for _, c := range sc.countries() {
		if c.tok0 >= from && c.tok1 <= want && c.sub != "demonym" {
			state = true
		}
	}
	if !state {
		return false
	}
	n, _ := sc.lw.set("supply-verb").at(sc.toks, to-1)
	return n > 0 || sc.deZuGiving(to-1)
}
