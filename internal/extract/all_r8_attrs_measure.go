package extract

import "github.com/armswatch/armswatch/internal/domain"

// A number followed by a unit of length, calibre, weight or speed measures
// the system, it does not count it: "a 10 m coastal patrol boat", "un
// patrouilleur de 20 mètres", "obuses de 155 mm", "embarcaciones de 110
// pies", "eine 1.800 Tonnen schwere Korvette", "زورق بطول 12 مترا". The
// number scanner reads these as quantities ("10" boats). r8MeasureAfter
// reports such a unit right after the number's last token; r8DropMeasures
// clears the quantity a transfer took from such a number. (Passing the
// number over in the scanner itself moved the candidates and lowered the
// held-out F1 by 0.005: kept out.)

// r8MeasureAfter reports whether the token at t (just after a number) is a
// unit of measure written next to it ("10 m", "155mm", "1,200-ton"): a
// word of the lexicon's quality-measure-unit ("m", "tonnes", "nudos",
// "طن"), in the sentence's language.
func (sc *sentScan) r8MeasureAfter(t int) bool {
	if t <= 0 || t >= len(sc.toks) {
		return false
	}
	tok := sc.toks[t]
	if !sc.lw.isWord("quality-measure-unit", tok.norm) {
		return false
	}
	if len(tok.raw) == 1 && tok.raw != tok.norm {
		return false // "27 M1126", "24 M-346": a capital letter opens a designation
	}
	if t+1 < len(sc.toks) && (sc.toks[t+1].gap == "" || sc.toks[t+1].gap == "-") {
		return false // "M1126", "m-346": the letters run on into a name
	}
	g := tok.gap
	return g == "" || g == " " || g == "-" || g == "\u00a0" || g == "\u202f"
}

// r8DropMeasures clears a transfer's quantity that is a measure of the
// system ("a 10 m coastal patrol boat" is not ten boats): the number
// written in its sentence with that value is followed by a unit, and no
// other number of the sentence has that value. It runs on the facts found,
// after the models' features were read (all_r8_attrs_fill.go): the
// candidates and their features are the rules' as before.
func (d *docScan) r8DropMeasures(cs []candidate) {
	for i := range cs {
		f := &cs[i].f
		if f.Type != domain.TypeTransfer || f.Quantity == 0 {
			continue
		}
		s := d.r8EvidenceSent(&cs[i])
		if s < 0 {
			continue
		}
		sc := d.sents[s]
		measured, counted := false, false
		for _, n := range sc.nums {
			if int(n.value) != f.Quantity {
				continue
			}
			if sc.r8MeasureAfter(n.tok1) {
				measured = true
			} else {
				counted = true
			}
		}
		if measured && !counted {
			f.Quantity = 0
		}
	}
}
