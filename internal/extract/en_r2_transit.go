package extract

import "strings"

// transitWords mark the state goods pass through on their way, never a
// party to the deal: "reached Armenia by way of Iran", "shipped to Kyiv
// via Poland", "smuggled through Sudan". The state after them is
// neither the seller nor the buyer.
var transitWords = map[string]bool{"via": true, "through": true, "transiting": true}

// transitState reports whether country m is named as a state goods pass
// through: "via Poland", "by way of Iran", "transiting Turkey", "in
// transit through Oman" (an article may stand before the name). A
// demonym ("via Turkish ports") or a possessive ("through Turkey's
// Baykar") names an owner or a maker, not a route, and is left alone.
//
// roles.go's placeOnly keeps "arrived in Armenia" (arrivedIn) as the
// buyer, not a place: with the route dropped, the state the goods reach
// is the one left to receive them.
func (sc *sentScan) transitState(m mention) bool {
	if m.sub == "demonym" || m.tok0 == 0 || m.tok1 < len(sc.toks) && sc.toks[m.tok1].norm == "s" && strings.ContainsAny(sc.toks[m.tok1].gap, "'’") {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	if gapBreaks(sc.toks[k+1].gap) {
		return false
	}
	w := sc.toks[k].norm
	if transitWords[w] {
		return true
	}
	// "by way of Iran"
	return w == "of" && k >= 2 && sc.toks[k-1].norm == "way" && sc.toks[k-2].norm == "by"
}
