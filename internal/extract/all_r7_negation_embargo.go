package extract

import "strings"

// This file handles an embargo named in a sentence's opening phrase, apart
// from the main clause: "Frappée par l'embargo sur les armes russes,
// l'Égypte se tourne vers la France, qui lui livre des Rafale", "Despite
// the embargo, France delivered …", "Ante el embargo, Perú compró …". The
// phrase says why or against what the main clause happens; the main
// clause is not denied. A negation of the main clause itself ("Under the
// embargo, Iran could not buy …") still negates with its own cue.

// embargoOpening reports whether the negation cue at p is the noun
// "embargo" in a stretch that a comma closes, before any system of the
// sentence (a dateline may come first: "Paris, 5 juin 2023 — Frappée par
// l'embargo, …").
func (sc *sentScan) embargoOpening(p int) bool {
	if w := sc.toks[p].norm; w != "embargo" && w != "embargos" && w != "embargoes" {
		return false
	}
	_, to := sc.stretchOf(p)
	if to >= len(sc.toks) || !strings.Contains(sc.toks[to].gap, ",") {
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok0 < to {
			return false
		}
	}
	return true
}
