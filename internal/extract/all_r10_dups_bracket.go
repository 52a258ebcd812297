package extract

import "strings"

// A kind word whose system is named right after it in brackets or quotes
// names that system, not a second one: Arabic news writes the name in
// brackets after "من طراز" ("ذخائر من طراز (MAM-L)", "munitions of the
// type (MAM-L)"), as other languages do at times ("des obus (Excalibur)").
// systemFollows (transfer.go) stopped at any bracket, and the kind word
// made a transfer of its own (a category-only duplicate of the named one,
// often of another category: ammunition beside missiles) that also took
// the sentence's stage from the named system.

// r10BoundaryBeforeName is boundaryBetween(a, b) for a generic word ending
// at a and a system name starting at b, save that the opening bracket
// right before the name is no boundary.
func (sc *sentScan) r10BoundaryBeforeName(a, b int) bool {
	if b <= a || b >= len(sc.toks) {
		return sc.boundaryBetween(a, b)
	}
	if sc.boundaryBetween(a, b-1) {
		return true
	}
	gap := strings.Trim(sc.toks[b].gap, " \u00a0\"'«»“”„")
	if gap == "(" || gap == "[" {
		return false
	}
	return sc.boundaryBetween(b, b)
}

// r10BracketGloss reports whether the system mention k only glosses the
// system named right before it, in brackets: `منظومة صواريخ "ميكا" (MICA
// VL)`, "le blindé Bastion (Bastion APC)", "Schützenpanzer Marder (Marder
// 1A3)". The bracket holds the name and nothing else; read as a second
// system it made a second transfer of the same goods.
func (sc *sentScan) r10BracketGloss(k int) bool {
	if k == 0 {
		return false
	}
	m, prev := sc.mentions[k], sc.mentions[k-1]
	if m.kind != mSystem || prev.kind != mSystem || m.tok0 != prev.tok1 {
		return false
	}
	open := strings.Trim(sc.toks[m.tok0].gap, " \u00a0\"'«»“”„")
	if open != "(" {
		return false
	}
	if m.tok1 < len(sc.toks) {
		return strings.HasPrefix(strings.Trim(sc.toks[m.tok1].gap, " \u00a0\"'«»“”„"), ")")
	}
	return false // the sentence ends without closing the bracket
}
