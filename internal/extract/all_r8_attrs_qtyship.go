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

func (d *docScan) r8ShipOne(cs []candidate) {
	// the singular ship nouns: the lexicon's quality-ship-noun ("frigate",
	// "frégate", "Fregatte", "فرقاطة")
	if d.lw.set("quality-ship-noun") == nil {
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
				if d.lw.isWord("quality-ship-noun", toks[k].norm) || d.lw.code == "ar" && d.lw.isWord("quality-ship-noun", normWord(r8ArabicBare(toks[k].raw))) {
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
