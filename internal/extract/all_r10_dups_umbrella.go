package extract

// A kind word followed by the examples of it ("ammunition such as
// air-to-surface missiles", "a shipment of equipment, materiel and
// ammunition, including 480 AT4 rockets", "Munition, darunter
// Lenkflugkörper") is an umbrella over them: the examples are the facts
// (annotating.md: one fact per system), the kind word is none of its own.
// It often has another category than its examples (ammunition over
// missiles), so the drop of a generic beside a named system of the same
// category (extract.go finish) leaves it. transfer.go skips such a kind
// word (r10UmbrellaSkip): its mention is followed, within a few words, by a
// word of kind `dups-umbrella` and then a system or a kind word.

// umbrellaGap: at most this many words between the kind word and the word
// that opens the examples ("equipment, materiel and ammunition, including");
// umbrellaReach: at most this many between that word and the first example
// ("including four hundred and eighty AT4 rockets").
const (
	umbrellaGap   = 4
	umbrellaReach = 8
)

// r10Umbrella reports whether the generic mention x opens a list of
// examples of it. The word that opens them is no part of a phrase of
// `list-also` ("así como", "wie auch", "ebenso wie": another item, not an
// example), and no clause opens between it and the first example: no
// comma or colon ("Munition, wie das Ministerium mitteilte, und 30
// Leopard", "des munitions, comme elle l'avait promis, et six canons")
// and no relative pronoun ("munición como parte de un paquete que
// incluye misiles Javelin").
func (sc *sentScan) r10Umbrella(x mention) bool {
	set := sc.lw.set("dups-umbrella")
	for _, p := range sc.cuePositions("dups-umbrella") {
		if p < x.tok1 || p-x.tok1 > umbrellaGap || sc.r10InListAlso(p) {
			continue
		}
		n, _ := set.at(sc.toks, p)
		end := p + max(n, 1)
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 >= end && o.tok0-p <= umbrellaReach && !sc.r10ClauseOpens(end, o.tok0) {
				return true
			}
		}
	}
	return false
}

// r10InListAlso reports whether token p lies inside a phrase of the
// language's list-also ("as well as", "así como", "ebenso wie").
func (sc *sentScan) r10InListAlso(p int) bool {
	also := sc.lw.set("list-also")
	for _, q := range sc.cuePositions("list-also") {
		if n, _ := also.at(sc.toks, q); q <= p && p < q+max(n, 1) {
			return true
		}
	}
	return false
}

// r10ClauseOpens reports whether a clause opens in the tokens [a, b): a
// comma, colon or bracket before any but the first of them, or a relative
// pronoun.
func (sc *sentScan) r10ClauseOpens(a, b int) bool {
	for t := a; t < b && t < len(sc.toks); t++ {
		w := sc.toks[t].norm
		if t > a && clauseGap(sc.toks[t]) || sc.lw.isWord("relative-pronoun", w) || sc.lw.isWord("clause-relative", w) {
			return true
		}
	}
	return b < len(sc.toks) && b > a && clauseGap(sc.toks[b])
}

// r10UmbrellaSkip: a kind word without a count of its own that opens
// examples of it names no goods of its own (transfer.go skips it, as it
// skips a kind word right before its system's name). One with a count
// ("20 armoured vehicles, including 10 Bastion") stays: the rest of the
// count may be goods of their own.
func (sc *sentScan) r10UmbrellaSkip(m mention) bool {
	return m.kind == mGeneric && sc.r10Umbrella(m) && sc.quantityBefore(m) == 0
}
