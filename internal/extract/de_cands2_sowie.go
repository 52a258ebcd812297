package extract

// deCountedItem reports whether a German generic g after a named system is
// an item of its own rather than a part of it: "sowie" ("as well as")
// opens parts ("Leopard 2 sowie Ersatzteile") but also the next item of a
// list, and an item with its own count after it is one: "neun Bandvagn
// sowie 7390 Artilleriegeschosse". Only "sowie" may stand between: the
// other words for a part ("samt", "einschließlich") keep it a part.
func (sc *sentScan) deCountedItem(named int, g mention) bool {
	if sc.lw.code != "de" {
		return false
	}
	for _, p := range sc.cuePositions("component") {
		if p >= named && p < g.tok0 && sc.toks[p].norm != "sowie" {
			return false
		}
	}
	// the count opens the generic noun, at most two adjectives between:
	// "sowie 7390 Artilleriegeschosse", "sowie 50 ältere Kampfpanzer"
	for _, n := range sc.nums {
		if n.tok0 < named || n.tok1 > g.tok0 || g.tok0-n.tok1 > 2 || n.value < 2 {
			continue
		}
		if n.tok0 > 0 && sc.toks[n.tok0-1].norm == "sowie" {
			return true
		}
	}
	return false
}
