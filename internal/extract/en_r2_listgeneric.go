package extract

import "strings"

// kindWordOfSystem reports whether the generic mention k names the kind of
// the system mention right before it, touching it: "Captor-E radars", "K2
// tanks". A list comma, semicolon or colon between them makes the generic
// an item of its own: "Pinaka launchers, anti-tank missiles and
// ammunition", "Leopard 2 tanks, drones and radars".
func (sc *sentScan) kindWordOfSystem(k int) bool {
	if k <= 0 || k >= len(sc.mentions) {
		return false
	}
	m, prev := sc.mentions[k], sc.mentions[k-1]
	if m.kind != mGeneric || prev.kind != mSystem || prev.tok1 != m.tok0 {
		return false
	}
	return m.tok0 >= len(sc.toks) || !strings.ContainsAny(sc.toks[m.tok0].gap, ",;:(،؛")
}
