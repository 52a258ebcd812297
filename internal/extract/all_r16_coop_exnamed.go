package extract

import (
	"regexp"
	"strings"
)

// Exercises, round 16: a quoted name after a naming word that stands
// further from the exercise word than quotedExerciseName reads (thirty
// characters): "un exercice interarmées maroco-français nommé « Chergui
// 2022 »", "an annual bilateral air and naval exercise code-named 'Desert
// Falcon'", "el ejercicio combinado binacional denominado “Cruz del
// Sur”", "تمرين عسكري مشترك يحمل اسم "الموج الأحمر"". The naming word
// (coop-naming) must come within ten words of the exercise word, in the
// same clause, and the quote right after it.

var r16coopQuoteRe = regexp.MustCompile(`^\s*[«"“„']\s*([^»"”“«']{2,40}?)\s*[»"”“']`)

// r16coopNamedQuoted returns the quoted name after a naming word near an
// exercise word, and the exercise word's token.
func (sc *sentScan) r16coopNamedQuoted() (string, int) {
	cues := sc.cuePositions("exercise")
	if len(cues) == 0 {
		return "", 0
	}
	naming := sc.lw.set("coop-naming")
	var runes []rune
	for _, p := range cues {
		for k := p + 1; k < len(sc.toks) && k <= p+10; k++ {
			if strings.ContainsAny(sc.toks[k].gap, ".;!?\n") {
				break
			}
			n, _ := naming.at(sc.toks, k)
			if n == 0 {
				continue
			}
			if runes == nil {
				runes = []rune(sc.s.text)
			}
			end := sc.toks[k+n-1].end - sc.s.start
			if end < 0 || end > len(runes) {
				break
			}
			if mm := r16coopQuoteRe.FindStringSubmatch(string(runes[end:])); mm != nil {
				return strings.TrimSpace(mm[1]), p
			}
			break
		}
	}
	return "", 0
}
