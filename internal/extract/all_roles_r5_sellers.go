package extract

// Several sellers in one sentence, each in its own stretch before its
// system: "France sold 24 Rafale jets to Egypt, while Italy supplied two
// FREMM frigates", "Los Estados Unidos vendieron 20 F-16 a Jordania,
// mientras que los Países Bajos entregaron seis F-16 usados", "باعت
// الولايات المتحدة 20 طائرة إف-16 للأردن، بينما سلمت هولندا ست طائرات".
// The seller of a system is the state marked as seller nearest before
// it, after the system before it; the origin named elsewhere in the
// sentence, or the first seller, sells only its own.

// sellerBefore returns the supplier-marked state nearest before sys and
// after the previous system of the sentence, or "".
func (sc *sentScan) sellerBefore(sys mention, sups []mention) string {
	prev := -1
	for _, o := range sc.mentions {
		if o.kind != mSystem && o.kind != mGeneric || o.tok0 == sys.tok0 {
			continue
		}
		// a generic word right before the name describes it: "dos
		// fragatas FREMM"
		if o.tok1 <= sys.tok0 && sys.tok0-o.tok1 > 1 && o.tok1 > prev {
			prev = o.tok1
		}
	}
	if prev < 0 {
		return "" // the first system: the usual reading stands
	}
	best := mention{tok0: -1}
	for _, c := range sups {
		if c.tok1 > sys.tok0 || c.tok0 < prev || c.tok0 <= best.tok0 {
			continue
		}
		if c.sub == "demonym" && sc.describesOther(c, sys) {
			continue
		}
		best = c
	}
	if best.tok0 < 0 {
		return ""
	}
	return best.id
}
