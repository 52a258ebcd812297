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
// examples of it.
func (sc *sentScan) r10Umbrella(x mention) bool {
	for _, p := range sc.cuePositions("dups-umbrella") {
		if p < x.tok1 || p-x.tok1 > umbrellaGap {
			continue
		}
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 > p && o.tok0-p <= umbrellaReach {
				return true
			}
		}
	}
	return false
}

// r10UmbrellaSkip: a kind word without a count of its own that opens
// examples of it names no goods of its own (transfer.go skips it, as it
// skips a kind word right before its system's name). One with a count
// ("20 armoured vehicles, including 10 Bastion") stays: the rest of the
// count may be goods of their own.
func (sc *sentScan) r10UmbrellaSkip(m mention) bool {
	return m.kind == mGeneric && sc.r10Umbrella(m) && sc.quantityBefore(m) == 0
}
