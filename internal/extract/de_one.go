package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// deCountOfOne reads a count of one written as the German article: the
// article right before the system, or before up to two adjectives in lower
// case ("ein weiteres neues U-Boot"), or before a kind word and "der"
// ("ein U-Boot der Dolphin-Klasse"). Nothing may stand between but words;
// a noun in between ("eine Lieferung der Drohnen", "einen Teil der
// Panzer") makes the article that noun's. It returns 1 or 0.
func (sc *sentScan) deCountOfOne(m mention) int {
	if sc.lw.code != "de" || m.tok0 < 1 {
		return 0
	}
	k := m.tok0 - 1
	plain := func(j int) bool { return !strings.ContainsAny(sc.toks[j].gap, ",;:()\"„“«»") }
	if !plain(m.tok0) {
		return 0
	}
	// "ein U-Boot der Dolphin-Klasse": a kind word and "der" before it
	if k >= 1 && (sc.toks[k].norm == "der" || sc.toks[k].norm == "des") && plain(k) {
		for _, o := range sc.mentions {
			if o.kind == mGeneric && o.tok1 == k && o.tok0 >= 1 && plain(o.tok0) {
				k = o.tok0 - 1
				break
			}
		}
	}
	for n := 0; n < 2 && k >= 0 && !sc.lw.isTok("indefinite-one", &sc.toks[k]); n++ {
		r, _ := utf8.DecodeRuneInString(sc.toks[k].raw)
		if !unicode.IsLower(r) || !plain(k) {
			return 0
		}
		switch w := sc.toks[k].norm; {
		case strings.HasSuffix(w, "e"), strings.HasSuffix(w, "es"), strings.HasSuffix(w, "er"), strings.HasSuffix(w, "en"), strings.HasSuffix(w, "em"):
		default:
			return 0
		}
		k--
	}
	if k >= 0 && sc.lw.isTok("indefinite-one", &sc.toks[k]) {
		return 1
	}
	return 0
}
