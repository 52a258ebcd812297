package extract

import "strings"

// A demonym on a word for a gift or aid names the giver: "la donación
// taiwanesa de dos helicópteros UH-1H", "the Taiwanese donation", "le don
// japonais", "die japanische Schenkung", "الهبة اليابانية", "la ayuda
// militar estadounidense". For a second-hand or donated system the giver,
// not the maker's state, is the supplier. The words are the lexicon's cue
// kinds gift and aid.

// giftDemonym reports whether the demonym m stands beside a gift or aid
// word, in the same clause: right after it in the languages whose
// adjectives follow the noun, right before it elsewhere.
func (sc *sentScan) giftDemonym(m mention) bool {
	if m.sub != "demonym" {
		return false
	}
	for _, kind := range []string{"gift", "aid"} {
		set := sc.lw.set(kind)
		if set == nil {
			continue
		}
		if adjectiveAfter[sc.lw.code] {
			// "donación taiwanesa", "aide militaire américaine"
			for p := m.tok0 - 1; p >= 0 && p >= m.tok0-3; p-- {
				if strings.ContainsAny(sc.toks[p+1].gap, ",;:()،؛") {
					break
				}
				if n, _ := set.at(sc.toks, p); n > 0 && p+n >= m.tok0-1 {
					return true
				}
			}
			continue
		}
		// "Taiwanese donation", "japanische Schenkung", "US military aid"
		k := m.tok1
		if k < len(sc.toks) && strings.ContainsAny(sc.toks[k].gap, ",;:()") {
			continue
		}
		for p := k; p < len(sc.toks) && p <= k+1; p++ {
			if n, _ := set.at(sc.toks, p); n > 0 {
				return true
			}
		}
	}
	return false
}
