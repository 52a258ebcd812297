package extract

import "strings"

// Accessories of a named platform: "ocho helicópteros MH-60R, con
// repuestos y municiones", "12 AH-1Z helicopters, with engines and
// rockets", "six Apache avec leurs munitions", "30 Rafale samt Munition",
// "10 مروحيات أباتشي مع ذخائر". A category word with no count of its own,
// joined to a named system before it by a word of accompaniment (lexicon
// kind `accessory`: "with", "con", "avec", "mit", "مع", "as well as",
// "así como", "ainsi que", "sowie", "إلى جانب"), is gear sold with that
// system: the annotation rules make it no fact of its own (or an optional
// one). A counted item ("with 24 Hellfire missiles", "y 30 torpedos") or
// one another state is named for ("with France for submarines") stays.

// accessoryOf reports whether the generic mention g is such an accessory.
func (sc *sentScan) accessoryOf(g mention) bool {
	if g.kind != mGeneric {
		return false
	}
	// the first named system within reach before g: "six Apache, avec
	// leurs missiles Hellfire, leurs roquettes et leurs munitions"
	named := -1
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok1 <= g.tok0 && g.tok0-m.tok1 <= 25 {
			named = m.tok1
			break
		}
	}
	if named < 0 {
		return false
	}
	ps := sc.lw.set("accessory")
	cue := -1
	for k := named; k < g.tok0; k++ {
		if strings.ContainsAny(sc.toks[k].gap, ";:()؛") {
			cue = -1 // another clause or an aside
		}
		if n, _ := ps.at(sc.toks, k); n > 0 && k+n <= g.tok0 {
			cue = k
		}
	}
	if cue < 0 || sc.r16catAccessoryListed(g, named, cue) { // all_r16_catonly_lists.go: "avec ses véhicules de servitude, ainsi qu'un lot de chars"
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.tok0 >= cue && m.tok0 < g.tok0 {
			return false // "a contract with France for submarines"
		}
	}
	return sc.quantityBefore(g) == 0 && sc.scaledCount(g) == 0
}
