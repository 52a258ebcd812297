package extract

// A dateline's city is where the story was filed, not a party.
//
// Class of error fixed: "MADRID, 3 de marzo de 2024 - Estados Unidos
// anunció una ayuda militar de 300 millones de dólares a Ucrania", "LONDON,
// March 3 - Germany announced $300 million in military aid to Ukraine":
// the capital that opens the dateline reads as its state (Spain, Britain)
// and, named first, became the aid's provider. A capital at the very start
// of a sentence, written in capitals or followed by an agency in
// brackets, and followed by a comma, a bracket or a dash, is a dateline;
// an assistance fact whose provider is only that city's state takes the
// first other state the sentence names before the recipient instead.
// (Made a place for every rule, it cost transfers: the aid rules only.)

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// datelineProvider replaces the provider of assistance f when it is only
// the state of the dateline's city (see the file comment).
func (sc *sentScan) datelineProvider(f *domain.Fact) {
	if f.Type != domain.TypeAssistance || f.Provider == nil || f.Provider.Code == "" || f.Recipient == nil {
		return
	}
	cs := sc.countries()
	if len(cs) == 0 || !sc.datelineCity(cs[0]) || cs[0].id != f.Provider.Code {
		return
	}
	for _, c := range cs[1:] {
		if c.id == f.Provider.Code {
			return // the state is named again in the sentence
		}
	}
	for _, c := range cs[1:] {
		if c.id == f.Recipient.String() {
			return
		}
		if c.sub != "demonym" && c.sub != "agency" && !sc.placeOnly(c) {
			f.Provider = party(c.id)
			return
		}
	}
}

// datelineCity reports whether mention m is the city of a dateline.
func (sc *sentScan) datelineCity(m mention) bool {
	if m.sub != "capital" || m.tok0 != 0 || m.tok1 >= len(sc.toks) {
		return false
	}
	if !strings.ContainsAny(sc.toks[m.tok1].gap, ",(-–—") {
		return false
	}
	upper := true
	letters := 0
	for _, t := range sc.toks[m.tok0:m.tok1] {
		for _, r := range t.raw {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
	}
	return upper && letters >= 3 || strings.Contains(sc.toks[m.tok1].gap, "(")
}
