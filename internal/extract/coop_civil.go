package extract

import "strings"

// civilAgreement reports whether the agreement word at token p is given a
// civil purpose in its own phrase (from three words before it up to the
// next comma or full stop, at most twelve words) and no military one: "a
// free trade agreement", "un accord de coopération économique",
// "acuerdos en materia de turismo y educación", "ein Abkommen über
// kulturelle Zusammenarbeit". Signed on a state visit beside a defence
// memorandum, such an agreement is no defence agreement; a system or a
// weapon word in the phrase makes it military. The words are the
// lexicon's agreement-civil and agreement-military; Arabic has its own
// lists (ar_civil.go).
func (sc *sentScan) civilAgreement(p int) bool {
	if sc.lw.code == "ar" || p >= len(sc.toks) {
		return false
	}
	civ, mil := sc.lw.set("agreement-civil"), sc.lw.set("agreement-military")
	from := p
	for from > 0 && from > p-3 && !strings.ContainsAny(sc.toks[from].gap, ",;:.") {
		from--
	}
	civil := false
	end := from
	for k := from; k < len(sc.toks) && k < p+12; k++ {
		if k > p && strings.ContainsAny(sc.toks[k].gap, ",;:.") {
			break
		}
		if n, _ := mil.at(sc.toks, k); n > 0 {
			return false
		}
		if n, _ := civ.at(sc.toks, k); n > 0 {
			civil = true
		}
		end = k + 1
	}
	if !civil {
		return false
	}
	// a system or a weapon word in the phrase makes it military ("an
	// agreement on trade and the supply of 12 patrol boats")
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 >= from && m.tok0 < end {
			return false
		}
	}
	return true
}
