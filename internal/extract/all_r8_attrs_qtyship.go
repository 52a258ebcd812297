package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// A ship is one hull, and news of a ship transfer names it with a singular
// noun, definite as often as not: "استلمت مصر الفرقاطة", "أجازت تسليم
// الغواصة لمصر", "the Coast Guard handed the Sri Lankan Navy the high
// endurance cutter", "sumó a su flota el guardacostas Arcturus", "la
// frégate Mohammed VI rejoint la flotte", "die Fregatte wurde übergeben".
// Such transfers had no quantity where the gold writes 1. r8ShipOne gives
// quantity 1 to a transfer of category ships with none, in a sentence that
// counts no arms, when a singular ship noun is its mention or stands in
// the three words before it.

// r8ShipNouns are singular ship nouns, normalised (Arabic without its
// article and clitics).
var r8ShipNouns = map[string]map[string]bool{
	"en": {"frigate": true, "corvette": true, "submarine": true, "destroyer": true, "vessel": true, "ship": true,
		"cutter": true, "warship": true, "minehunter": true, "minesweeper": true, "tanker": true, "carrier": true},
	"fr": {"fregate": true, "corvette": true, "sous-marin": true, "navire": true, "patrouilleur": true, "batiment": true,
		"destroyer": true, "chasseur": true, "aviso": true},
	"es": {"fragata": true, "corbeta": true, "submarino": true, "buque": true, "patrullero": true, "patrullera": true,
		"guardacostas": true, "destructor": true, "barco": true},
	"de": {"fregatte": true, "korvette": true, "u-boot": true, "schiff": true, "patrouillenboot": true, "zerstorer": true,
		"kriegsschiff": true, "boot": true},
	"ar": {"فرقاطة": true, "غواصة": true, "سفينة": true, "كورفيت": true, "مدمرة": true, "زورق": true, "طراد": true,
		"بارجة": true, "كاسحة": true},
}

func (d *docScan) r8ShipOne(cs []candidate) {
	nouns := r8ShipNouns[d.lw.code]
	if nouns == nil {
		return
	}
	for i := range cs {
		f := &cs[i].f
		if f.Type != domain.TypeTransfer || f.Quantity != 0 || f.System == nil || f.System.Category != "ships" || f.System.Mention == "" {
			continue
		}
		words := anchorWords(f)
		for _, s := range []int{d.r8EvidenceSent(&cs[i]), cs[i].m.sent} {
			if s < 0 || s >= len(d.sents) || d.sents[s].r8CountsArms() {
				continue
			}
			toks := d.sents[s].toks
			at := indexWords(toks, words)
			if at < 0 {
				continue
			}
			found := false
			for k := max(0, at-3); k < at+len(words) && k < len(toks); k++ {
				if k < at && punctBreak(toks, k, at) {
					continue
				}
				if nouns[toks[k].norm] || d.lw.code == "ar" && nouns[r8ArabicBare(toks[k].raw)] {
					found = true
				}
			}
			if found {
				f.Quantity = 1
				break
			}
		}
	}
}

// r8ArabicBare strips quotes, a clitic (و، ب، ل، ف) and the article from an
// Arabic word: "والفرقاطة" -> "فرقاطة".
func r8ArabicBare(w string) string {
	w = strings.Trim(w, "\"“”«»()")
	for _, p := range []string{"و", "ف", "ب", "ل"} {
		if rest := strings.TrimPrefix(w, p); rest != w && strings.HasPrefix(rest, "ال") {
			w = rest
			break
		}
	}
	return strings.TrimPrefix(w, "ال")
}
