package extract

import "strings"

// all_r13_estrans_partsfor.go: the equipment that spare parts are for is
// not sold itself: "repuestos para vehículos, embarcaciones y aeronaves",
// "spare parts for helicopters and patrol boats", "pièces de rechange pour
// les hélicoptères", "Ersatzteile für Panzer". hostOf reads the goods
// named before a word of purpose ("munitions destinées aux chars"); here
// the parts are no equipment the catalogue names, and every kind of the
// list after the phrase (lexicon kind estrans-parts-for) is a host, up to
// a state, a word of a stage or a deal, or a break of the sentence.

// r13PartsFor reports whether m is the kind right after a phrase of spare
// parts for, or a later kind of the same bare list ("vehículos,
// embarcaciones y aeronaves"); an item with its own article or count ("y
// una lancha patrullera") is a thing of its own.
func (sc *sentScan) r13PartsFor(m mention) bool {
	set := sc.lw.set("estrans-parts-for")
	if set == nil {
		return false
	}
	for p := max(0, m.tok0-14); p < m.tok0; p++ {
		n, _ := set.at(sc.toks, p)
		if n == 0 || p+n > m.tok0 {
			continue
		}
		// walk the list from the phrase to m: each item starts where the
		// one before ended, after joining words only
		at := p + n
		for _, x := range sc.mentions {
			if x.tok0 < at || x.tok0 > m.tok0 {
				continue
			}
			if x.kind != mSystem && x.kind != mGeneric || !sc.r13JoinersOnly(at, x.tok0) {
				break
			}
			if x.tok0 == m.tok0 {
				return true
			}
			at = x.tok1
		}
	}
	return false
}

// r13JoinersOnly reports whether the tokens from..to-1 are only words
// that join a list ("y", "and", "et", "und", "و") or bare nouns of the
// list the catalogue does not name ("vehículos"), with no article and no
// count, and the gaps hold no break of the clause.
func (sc *sentScan) r13JoinersOnly(from, to int) bool {
	for k := from; k <= to && k < len(sc.toks); k++ {
		if k > from && strings.ContainsAny(sc.toks[k].gap, ";:()") {
			return false
		}
		if k < to && !r13Joiner[sc.toks[k].norm] && !sc.r13BareNoun(k) {
			return false
		}
	}
	return true
}

var r13Joiner = map[string]bool{"y": true, "e": true, "and": true, "et": true, "und": true, "sowie": true, "و": true}

// r13BareNoun reports whether token k is a word that is neither an
// article nor a count.
func (sc *sentScan) r13BareNoun(k int) bool {
	w := sc.toks[k].norm
	return !sc.lw.isWord("article", w) && !isDigits(w) && !sc.lw.isWord("number", w) && !sc.lw.isWord("determiner", w)
}
