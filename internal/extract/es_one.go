package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// esCountOfOne reads a count of one written as the Spanish indefinite
// article "un"/"una" before the weapon noun of a system or before the
// system itself: "donó a Paraguay un radar AN/TPS-78", "una corbeta de la
// clase Pohang", "un destructor de la clase Buckley", "una patrullera".
// Up to two adjectives in lower case may stand between the article and
// the noun ("un nuevo radar", "una segunda corbeta"), and up to four
// lower-case words between the noun and the system ("un radar de largo
// alcance AN/TPS-78"); no punctuation anywhere. A noun that is no weapon
// ("un lote de vehículos", "una flota de aviones") makes the article its
// own: a function word between article and noun stops the reading. It
// returns 1 or 0.
func (sc *sentScan) esCountOfOne(m mention) int {
	if sc.lw.code != "es" || m.tok0 < 1 {
		return 0
	}
	plain := func(j int) bool { return !strings.ContainsAny(sc.toks[j].gap, ",;:()\"“”«»'") }
	lower := func(j int) bool {
		r, _ := utf8.DecodeRuneInString(sc.toks[j].raw)
		return unicode.IsLower(r)
	}
	head := m.tok0 // the weapon noun before the system, if any
	if m.kind == mSystem {
		for _, o := range sc.mentions {
			if o.kind != mGeneric || o.tok1 > m.tok0 || m.tok0-o.tok1 > 4 {
				continue
			}
			ok := true
			for j := o.tok1; j <= m.tok0 && j < len(sc.toks); j++ {
				if !plain(j) || j < m.tok0 && !lower(j) {
					ok = false
				}
			}
			if ok {
				head = o.tok0
			}
		}
	}
	if !plain(head) {
		return 0
	}
	k := head - 1
	for n := 0; n < 2 && k >= 0 && !sc.lw.isTok("indefinite-one", &sc.toks[k]); n++ {
		if !lower(k) || !plain(k) || sc.lw.isTok("function-word", &sc.toks[k]) || sc.lw.isTok("determiner", &sc.toks[k]) || sc.toks[k].digit {
			return 0
		}
		k--
	}
	if k >= 0 && sc.lw.isTok("indefinite-one", &sc.toks[k]) {
		return 1
	}
	return 0
}
