package extract

import (
	"strings"
	"unicode"
)

// A state named as the country of a town after a preposition of place:
// "the 558th Aircraft Repair Plant in Baranovichi, Belarus, said the
// deliveries of all 12 Su-30Ks to Angola had been completed", "une usine
// à Minsk, Biélorussie", "en Baránovichi, Bielorrusia", "in Baranowitschi,
// Belarus", "في بارانوفيتشي، بيلاروسيا". The state only says where the town
// is (the speaker's workplace, a ceremony's venue); placeOnly (roles.go)
// read only the state right after the preposition, so this one became a
// party, here the supplier of the jets. cityCountry makes it a place as
// well: a preposition of place (`location-prep`), one or two words of a
// town's name that no mention covers, a comma, the state.

// cityCountry reports whether the state m follows "in <Town>,".
func (sc *sentScan) cityCountry(m mention) bool {
	if m.sub == "demonym" || m.sub == "agency" || m.tok0 < 2 || m.tok0 >= len(sc.toks) {
		return false
	}
	if !strings.ContainsAny(sc.toks[m.tok0].gap, ",،") {
		return false
	}
	ps := sc.lw.set("location-prep")
	for words := 1; words <= 2 && m.tok0-words-1 >= 0; words++ {
		k := m.tok0 - words // first word of the town
		ok := true
		for j := k; j < m.tok0; j++ {
			t := sc.toks[j]
			r := []rune(t.raw)
			if len(r) == 0 || t.digit || sc.inMention(j) || !t.arabic && !unicode.IsUpper(r[0]) || sc.dateNotTown(j) { // all_r10_rejected_place.go
				ok = false
				break
			}
			if j > k && strings.TrimSpace(t.gap) != "" {
				ok = false // "in Minsk; Belarus"
				break
			}
		}
		if !ok {
			return false
		}
		p := k - 1
		if strings.ContainsAny(sc.toks[k].gap, ",;:()،؛") {
			return false
		}
		if n, _ := ps.at(sc.toks, p); n == 1 {
			return true
		}
	}
	return false
}
