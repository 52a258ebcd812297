package extract

// Goods that have arrived in a state name it as the recipient, in the
// German form arrivedIn (roles.go) does not read, the participle after the
// state: "sind in der Ukraine eingetroffen", "trafen in Polen ein", "in
// Litauen angekommen" (cue kind arrived-after). Goods as the subject of
// "be" before a place ("the first K2 tanks are now in Poland", "ya están
// en Ucrania") were tried and left out: they moved the model's threshold
// from 0.30 to 0.35 and cost 0.007 F1 on the real corpus.

// goodsArrivedIn reports whether m, after the preposition at token k,
// is where goods arrived.
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
				return true
			}
		}
	}
	return false
}
