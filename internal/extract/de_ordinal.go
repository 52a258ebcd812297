package extract

import (
	"strings"
	"unicode"
)

// deOrdinalNumber reports whether a German number written in digits is an
// ordinal, not a count: "der 23. Nutzerstaat des Leopard 2", "zum 19. Mal",
// "das 4. U-Boot". German writes the ordinal as the digits and a period;
// an article (or a preposition fused with one) before it and a capitalised
// noun after it make it one.
func (sc *sentScan) deOrdinalNumber(n numSpan) bool {
	if sc.lw.code != "de" || n.tok0 < 1 || n.tok1 >= len(sc.toks) {
		return false
	}
	if sc.deOrdinalOfTotal(n) {
		return true
	}
	if n.words {
		return false
	}
	next := sc.toks[n.tok1]
	if strings.TrimSpace(next.gap) != "." {
		return false
	}
	r := []rune(next.raw)
	return len(r) > 0 && unicode.IsUpper(r[0]) && ordinalArticlesDE[sc.toks[n.tok0-1].norm]
}

// deOrdinalOfTotal reports whether a count is the whole of which an
// ordinal picks one in a clause of handing over: "hat das zweite von
// insgesamt vier U-Booten übergeben". The count is the order's, not what
// the sentence hands over.
func (sc *sentScan) deOrdinalOfTotal(n numSpan) bool {
	k := n.tok0 - 1
	if k >= 0 && sc.toks[k].norm == "insgesamt" {
		k--
	}
	if k < 1 || sc.toks[k].norm != "von" || !sc.lw.isTok("ordinal-word", &sc.toks[k-1]) {
		return false
	}
	// only a handing over counts the rank: "Genehmigt wurde die Ausfuhr
	// des ersten von insgesamt 48 Patrouillenbooten" approves the deal
	from, to := sc.clauseOf(n.tok0)
	return sc.cueIn("stage-delivered", from, to)
}

// deOrdinalValues are the ranks of the ordinals a count can be read from.
var deOrdinalValues = map[string]int{"zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "vierte": 4, "vierten": 4,
	"funfte": 5, "funften": 5, "sechste": 6, "sechsten": 6}

// deOrdinalCount reads how many units have come with "das zweite von
// insgesamt vier U-Booten" (two of the four): the rank of the ordinal
// before "von", when the system's count is the total of the order.
// "das letzte von vier" hands over all of them.
func (sc *sentScan) deOrdinalCount(m mention) int {
	for _, n := range sc.nums {
		if n.tok1 > m.tok0 || m.tok0-n.tok1 > 4 || sc.boundaryBetween(n.tok1, m.tok0) || !sc.deOrdinalOfTotal(n) {
			continue
		}
		k := n.tok0 - 1
		if sc.toks[k].norm == "insgesamt" {
			k--
		}
		w := sc.toks[k-1].norm
		if w == "letzte" || w == "letzten" {
			return int(n.value)
		}
		return deOrdinalValues[w]
	}
	return 0
}
