package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines that state no deal (round 16, helper nofact): a transfer read from
// a line of the body that does not end as a sentence does, names no state
// and is short drops (hard doubt r16nofact-teaser). Such a line is the
// headline of another article listed under the text ("Llegó a Trelew el
// segundo avión P-3C Orion", "La Armada recibe un nuevo patrullero
// oceánico"), a subheading ("Une vingtaine de Mirage F1 sur le marché",
// "Demande sur l'Alpha Jet"), a caption ("U-Boot der Dolphin-Klasse bei HDW
// in Kiel: Stückpreis 500 Millionen Euro") or a label ("Type 23 frigates");
// its parties come from elsewhere in the document. A list item (a line
// opened by a dash or a bullet: "- Eight AS90 guns") is the goods of a
// package and no teaser, nor is the document's headline. In the seen
// documents no such line outside a notice states a gold transfer (14
// candidates, none gold).

func init() {
	hardDoubts["r16nofact-teaser"] = true
}

// r16nofactTeaser returns the hard doubt r16nofact-teaser of a transfer read
// from sentence i when it is such a line, or "". A notice's lines of goods
// ("Twelve (12) AH-1Z attack helicopters") are its deal, no teaser.
func (d *docScan) r16nofactTeaser(i int, sc *sentScan) string {
	if i > 0 && !d.notice && r16nofactTeaserLine(sc.s.text, len(sc.toks)) && len(sc.countries()) == 0 {
		return "r16nofact-teaser"
	}
	return ""
}

// r16nofactTeaserLine reports whether a line of n words reads as a title,
// a caption or a label, not a sentence: fewer than 15 words, no final
// stop, question or exclamation mark, colon, semicolon, quote or bracket,
// and not opened by a dash or a bullet (a list item).
func r16nofactTeaserLine(text string, n int) bool {
	t := strings.TrimSpace(text)
	if t == "" || n >= 15 {
		return false
	}
	for _, r := range t {
		if strings.ContainsRune("-–—•*·▪", r) {
			return false
		}
		break
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?;:…\"'»”’)]>؟۔", r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
