package extract

import (
	"strings"
	"unicode"
)

// deCityAdjective reports whether token k is the adjective of a town
// before a German word for a company: "Die Kieler Werft TKMS", "Der
// Düsseldorfer Rüstungskonzern Rheinmetall", "der Überlinger Hersteller
// Diehl Defence". Such adjectives end in "-er", are written with a
// capital and are not inflected; the next word must name a company.
func (sc *sentScan) deCityAdjective(k int) bool {
	if sc.lw.code != "de" || k < 0 || k+1 >= len(sc.toks) {
		return false
	}
	t := sc.toks[k]
	r := []rune(t.raw)
	if len(r) < 5 || !unicode.IsUpper(r[0]) || !strings.HasSuffix(t.raw, "er") || k > 0 && !sc.lw.isTok("article", &sc.toks[k-1]) {
		return false
	}
	next := sc.toks[k+1].norm
	return sc.lw.isWord("company-word", next) || companyCompound(next)
}
