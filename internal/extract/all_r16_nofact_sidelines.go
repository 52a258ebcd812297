package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// Lines and mentions that state no deal (round 16, helper nofact).
//
//   - r16nofact-teaser, a hard doubt: a line of the body that does not end as a sentence
//     does, names no state and is short: the headline of another article
//     listed under the text ("Llegó a Trelew el segundo avión P-3C Orion",
//     "La Armada recibe un nuevo patrullero oceánico"), a subheading ("Une
//     vingtaine de Mirage F1 sur le marché", "Demande sur l'Alpha Jet"), a
//     caption ("U-Boot der Dolphin-Klasse bei HDW in Kiel: Stückpreis 500
//     Millionen Euro"), a label ("Type 23 frigates"). Its parties come from
//     elsewhere in the document. A list item (a line opened by a dash or a
//     bullet: "- Eight AS90 guns") is the goods of a package and is no
//     teaser, nor is the document's headline.
//     Seen: no such line outside a notice states a gold transfer.
//   - r16nofact-lone=early|mid|late, a feature the model weighs: the only candidate of its two states
//     whose named system the document names once: a side mention ("the
//     Mirage 2000P, in service for forty years", "the Mali also received
//     four L-39 Albatros in 2023"), the more so late in the text.

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

// r16nofactFeatures appends the feature r16nofact-lone to a transfer candidate.
func (d *docScan) r16nofactFeatures(f domain.Fact, m factMeta, add func(string)) {
	if f.Type != domain.TypeTransfer || m.sent < 0 || m.sent >= len(d.sents) {
		return
	}
	if f.System != nil && f.System.ID != "" && d.pairCount(f) == 1 && d.counts().systems[f.System.ID] <= 1 {
		switch pos := float64(m.sent) / float64(len(d.sents)); {
		case pos < 0.34:
			add("r16nofact-lone=early")
		case pos < 0.67:
			add("r16nofact-lone=mid")
		default:
			add("r16nofact-lone=late")
		}
	}
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
	last := []rune(t)
	r := last[len(last)-1]
	if strings.ContainsRune(".!?;:…\"'»”’)]>؟۔", r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
