package extract

import "strings"

// Two ways a list of goods lost a category word (r10-generic):
//
//   - A generic word is read as the kind of a system named up to four words
//     after it ("missiles HIMARS", "avions de combat Apache":
//     systemFollows). When a conjunction and a count stand between the two,
//     the system is a further item of a list and the word names goods of
//     its own: "air-defence missiles and two C-130s", "des missiles et deux
//     C-130", "صواريخ للدفاع الجوي وطائرتان من طراز سي 130" (the dual is its
//     count).
//   - A word of cue kind target ("مضادة", "anti") makes the weapon word
//     after it what a weapon is against ("منظومة مضادة للسفن": targetOf).
//     When that word belongs to an earlier weapon's own name, matched
//     whole ("المركبات المضادة للألغام", "صواريخ مضادة للدبابات"), what it
//     governs is that name's rest; a weapon word after it, indefinite (no
//     ال) and joined by "و", starts a new item: "المركبات المضادة للألغام
//     وصواريخ الدفاع الجوي", "صواريخ مضادة للدبابات وقذائف مدفعية". With
//     the article the word may still be the target's second half:
//     "صواريخ مضادة للدبابات والمروحيات".

// countedItemBetween reports whether the tokens in [a, b) hold a
// conjunction followed by a count: the system at b is a new item of a list.
func (sc *sentScan) countedItemBetween(a, b int) bool {
	for _, n := range sc.nums {
		if n.tok0 < a || n.tok1 > b {
			continue
		}
		for t := a; t <= n.tok0 && t < b; t++ {
			w := sc.toks[t].norm
			if sc.nameConj(w) {
				return true
			}
			// the Arabic conjunction is written onto the dual: "وطائرتان"
			if t == n.tok0 && n.tok1 == n.tok0+1 && sc.toks[t].arabic && strings.HasPrefix(sc.toks[t].raw, "و") {
				return true
			}
		}
	}
	return false
}

// cueInOtherWeapon reports whether the target cue at p lies inside another
// weapon mention than m, before it, and m is a new indefinite item joined
// to it by an Arabic "و" (see above).
func (sc *sentScan) cueInOtherWeapon(p int, m mention) bool {
	for _, x := range sc.mentions {
		if x.kind != mGeneric && x.kind != mSystem || x.tok0 > p || p >= x.tok1 || x.tok1 > m.tok0 {
			continue
		}
		if !sc.toks[m.tok0].arabic || !strings.HasPrefix(m.prefix, "و") {
			return false
		}
		raw := strings.TrimPrefix(sc.toks[m.tok0].raw, "و")
		return !strings.HasPrefix(raw, "ال") && !strings.HasPrefix(raw, "ٱل")
	}
	return false
}
