package extract

// Goods that have arrived in a state name it as the recipient, in the
// German form arrivedIn (roles.go) does not read, the participle after the
// state: "sind in der Ukraine eingetroffen", "trafen in Polen ein", "in
// Litauen angekommen" (cue kind arrived-after). Goods as the subject of
// "be" before a place ("the first K2 tanks are now in Poland", "ya están
// en Ucrania") were tried and left out: they moved the model's threshold
// from 0.30 to 0.35 and cost 0.007 F1 on the real corpus.

// goodsArrivedIn reports whether m (after a preposition at token k, which
// it does not read) is where goods arrived. The particle "ein" of
// "trafen … ein" counts only where the clause ends ("in Polen ein Werk" is
// an article).
func (sc *sentScan) goodsArrivedIn(m mention, k int) bool {
	if m.sub == "demonym" {
		return false
	}
	if after := sc.lw.set("arrived-after"); after != nil {
		for j := m.tok1; j < len(sc.toks) && j <= m.tok1+2; j++ {
			if gapBreaks(sc.toks[j].gap) {
				break
			}
			if n, _ := after.at(sc.toks, j); n > 0 {
				if sc.toks[j].norm == "ein" && j+1 < len(sc.toks) && !gapBreaks(sc.toks[j+1].gap) {
					continue
				}
				return true
			}
		}
	}
	return false
}
