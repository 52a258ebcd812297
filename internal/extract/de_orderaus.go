package extract

import "strings"

// deOrderAus reads "aus" before a state in German company news about an
// order: "Rheinmetall erhält einen Großauftrag aus Ungarn", "Saab erhielt
// aus Litauen einen Auftrag über Carl-Gustaf-Waffen", "eine Bestellung aus
// Australien". The order comes from the buyer, where "aus" before goods
// ("Leopard 2 aus Deutschland") names their source. The state follows
// "aus" (an article between), and an order noun stands right before "aus"
// or, with a verb of getting, in the clause after the state.
func (sc *sentScan) deOrderAus(m mention) bool {
	if sc.lw.code != "de" {
		return false
	}
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 || sc.toks[k].norm != "aus" {
		return false
	}
	if k > 0 {
		w := sc.toks[k-1].norm
		if strings.Contains(w, "auftrag") || strings.HasPrefix(w, "bestellung") {
			return true // "Großauftrag aus Ungarn"
		}
	}
	from, to := sc.clauseOf(m.tok0)
	return orderNounIn(sc, m.tok1, to) && sc.cueIn("stage-received", from, to)
}
