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

// makerShortNames: the one word by which news names a maker whose
// catalogue name is longer ("Oshkosh" for Oshkosh Defense, "Iveco" for
// Iveco Defence Vehicles, "Raidco" for Raidco Marine), added when the
// word names nothing else.
var makerShortNames = map[string]string{
	"Oshkosh": "oshkosh", "Iveco": "iveco-defence", "Raidco": "raidco-marine",
	"Pilatus": "pilatus", "Diehl": "diehl-defence", "Kratos": "kratos",
	"Anduril": "anduril", "Milrem": "milrem", "Bollinger": "bollinger-shipyards",
	"Dearsan": "dearsan", "Cotecmar": "cotecmar", "Flensburger": "flensburger-fahrzeugbau",
	"Huntington Ingalls": "hii", "Krauss-Maffei": "kmw", "Hensoldt": "hensoldt",
	"Babcock": "babcock", "Escribano": "escribano", "Uralvagonzavod": "uralvagonzavod",
}

// addMakerShortNames adds makerShortNames to the matcher.
func (m *matcher) addMakerShortNames(lex *lexicon.Lexicon) {
	for w, id := range makerShortNames {
		if n, ok := lex.NamedEntry(id); !ok || n.Kind != "maker" {
			continue
		}
		n := m.root
		for _, t := range tokenize(w, 0) {
			if n = n.next[t.norm]; n == nil {
				break
			}
		}
		if n != nil && len(n.entries) > 0 {
			continue
		}
		m.add(w, entry{kind: mNamed, id: id, sub: "maker", lang: "*"})
	}
}
