package extract

import "strings"

// Category words that a list gives as items of their own, which the
// component and accessory guards took for parts of a named system before
// them (docs/annotating.md: "munitions or other systems listed with their
// own quantity are facts of their own"):
//
//   - "neun Bandvagn sowie 7390 Artilleriegeschosse", "F-16s, including
//     500 guided bombs": a counted category word of another category than
//     the named system is no component of it (a same-category count,
//     "24 jets including six trainers", stays a part of the whole);
//   - "un hélicoptère Z-9, livré avec ses véhicules de servitude, ainsi
//     qu'un lot de chars à roues", "with spares, as well as radars": a word
//     that lists ("ainsi que", "as well as", "así como", "wie auch",
//     "وكذلك") after the accessory cue opens a new item;
//   - "رشاشات من طراز "بي كي"، وأكثر من 300 طن من الذخائر، إضافة إلى
//     عربات مصفحة": an accessory cue that follows another item of the list
//     (a category word or a name after the named system) belongs to that
//     item, not to the named system.

// r16catCountedOther reports whether the generic g has a count of its own
// and another category than the last named system before it, the one
// component reads: an item of its own, no component (hooked in
// ruleTransfer, transfer.go).
func (d *docScan) r16catCountedOther(sc *sentScan, g mention) bool {
	if g.kind != mGeneric || sc.quantityBefore(g) == 0 && sc.scaledCount(g) == 0 {
		return false
	}
	var named *mention
	for k, m := range sc.mentions {
		if m.kind == mSystem && m.tok1 <= g.tok0 {
			named = &sc.mentions[k]
		}
	}
	if named == nil {
		return false
	}
	s, ok := d.x.systemOf(*named)
	return ok && s.Category != g.id
}

// r16catAccessoryListed reports whether the accessory cue at token cue,
// between the named system ending at token named and the generic g, is
// another item's or is followed by a listing word before g: g is then a
// listed item of its own (hooked in accessoryOf, all_precision_accessory.go).
func (sc *sentScan) r16catAccessoryListed(g mention, named, cue int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mGeneric || m.kind == mSystem) && m.tok0 > named && m.tok1 <= cue && sc.r16catListBreak(named, m.tok0) {
			return true // the cue follows another item of the list
		}
	}
	for _, p := range sc.cuePositions("list-also") {
		if p > cue && p < g.tok0 {
			return true // "avec ..., ainsi qu'un lot de chars"
		}
	}
	return false
}

// r16catListBreak reports whether a list comma or "and" stands between
// tokens from and to: what follows is another item, not a word describing
// the name before ("12 AH-1Z attack helicopters, with engines").
func (sc *sentScan) r16catListBreak(from, to int) bool {
	for k := from; k <= to && k < len(sc.toks); k++ {
		if strings.ContainsAny(sc.toks[k].gap, ",،") {
			return true
		}
		if k < to && r16catAnd[sc.toks[k].norm] {
			return true
		}
	}
	return false
}

// r16catAnd are the words for "and" that join items of a list.
var r16catAnd = normSet("and", "et", "y", "und")
