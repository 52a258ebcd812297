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
	if sc.lw.code != "de" || n.words || n.tok0 < 1 || n.tok1 >= len(sc.toks) {
		return false
	}
	next := sc.toks[n.tok1]
	if strings.TrimSpace(next.gap) != "." {
		return false
	}
	r := []rune(next.raw)
	return len(r) > 0 && unicode.IsUpper(r[0]) && ordinalArticlesDE[sc.toks[n.tok0-1].norm]
}
