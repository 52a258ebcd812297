package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// makerNumberPrefixes: the short prefix of a Soviet or Russian aircraft
// designation and the design bureau's name that news writes in its place
// with the bare number: "Antonov 26" for "An-26", "Iliouchine 76" for
// "Il-76", "Kamov 52" for "Ka-52", "Tupolev 22" for "Tu-22", in the
// spellings of en, fr, es, de and ar.
var makerNumberPrefixes = map[string][]string{
	"an":  {"Antonov", "Antonow", "أنتونوف", "انتونوف"},
	"il":  {"Ilyushin", "Iliouchine", "Ilioutchine", "Iljuschin", "Ilyushín", "Iliushin", "إليوشن", "إيليوشن", "اليوشن"},
	"ka":  {"Kamov", "Kamow", "كاموف"},
	"tu":  {"Tupolev", "Tupolew", "Toupolev", "توبوليف"},
	"yak": {"Yakovlev", "Iakovlev", "Jakowlew", "Yakolev", "ياكوفليف"},
	"be":  {"Beriev", "Berijew", "بيرييف"},
	"su":  {"Sukhoi", "Soukhoï", "Suchoi", "Sujói", "سوخوي"},
	"mig": {"Mikoyan", "Mikoïan", "Mikojan", "ميكويان"},
}

// addMakerNumbers names each catalogue designation "An-26", "Il-76",
// "Su-30", "Ka-52" also by its bureau's name and the number ("Antonov 26",
// "Antonov-26", "Kamov 52"), unless that name already names something.
func (m *matcher) addMakerNumbers(lex *lexicon.Lexicon) {
	for _, s := range lex.Systems {
		for _, a := range append([]string{s.Designation}, s.Aliases...) {
			toks := tokenize(a, 0)
			if len(toks) < 2 || toks[0].digit || toks[0].arabic || !toks[1].digit {
				continue
			}
			names := makerNumberPrefixes[toks[0].norm]
			if names == nil {
				continue
			}
			rest := strings.TrimLeft(a[len(toks[0].raw):], " -‑–")
			for _, name := range names {
				alias := name + " " + rest
				n := m.root
				for _, t := range tokenize(alias, 0) {
					if n = n.next[t.norm]; n == nil {
						break
					}
				}
				if n != nil && len(n.entries) > 0 {
					continue
				}
				m.add(alias, entry{kind: mSystem, id: s.ID, lang: "*"})
			}
		}
	}
}
