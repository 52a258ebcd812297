package extract

// Goods that have arrived in a state name it as the recipient, in the
// forms arrivedIn (roles.go) does not read:
//
//   - German, with the participle after the state: "sind in der Ukraine
//     eingetroffen", "trafen in Polen ein", "in Litauen angekommen"
//     (cue kind arrived-after);
//   - goods as the subject of "be" and a preposition of place ("the first
//     K2 tanks are now in Poland"), for a language whose lexicon lists
//     the cue kind goods-are (none does: tried with "are now", "ya
//     están", "sind jetzt", it moved the model's threshold from 0.30 to
//     0.35 and cost 0.007 F1 on the real corpus).

// goodsArrivedIn reports whether m, after the preposition at token k,
// is where goods arrived or now are.
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
	be := sc.lw.set("goods-are")
	if be == nil {
		return false
	}
	for v := k - 1; v >= 0 && v >= k-3; v-- {
		if gapBreaks(sc.toks[v+1].gap) {
			return false
		}
		if n, _ := be.at(sc.toks, v); n == 0 || v+n != k {
			continue // the verb (with its adverb: "are now") right before the preposition
		}
		// the weapon is the subject: named before the verb, in its clause
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= v && v-o.tok1 <= 3 && !sc.boundaryBetween(o.tok1, v) {
				return true
			}
		}
		return false
	}
	return false
}
