package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// Lines and mentions that state no deal (round 16, helper nofact): features
// the model weighs.
//
//   - r16nofact-teaser: a line of the body that does not end as a sentence
//     does, names no state and is short: the headline of another article
//     listed under the text ("Llegó a Trelew el segundo avión P-3C Orion",
//     "La Armada recibe un nuevo patrullero oceánico"), a subheading ("Une
//     vingtaine de Mirage F1 sur le marché", "Demande sur l'Alpha Jet"), a
//     caption ("U-Boot der Dolphin-Klasse bei HDW in Kiel: Stückpreis 500
//     Millionen Euro"), a label ("Type 23 frigates"). Its parties come from
//     elsewhere in the document. A list item (a line opened by a dash or a
//     bullet: "- Eight AS90 guns") is the goods of a package and is no
//     teaser, nor is the document's headline.
//   - r16nofact-lone=early|mid|late: the only candidate of its two states
//     whose named system the document names once: a side mention ("the
//     Mirage 2000P, in service for forty years", "the Mali also received
//     four L-39 Albatros in 2023"), the more so late in the text.

// r16nofactFeatures appends the features above to a transfer candidate.
func (d *docScan) r16nofactFeatures(f domain.Fact, m factMeta, add func(string)) {
	if f.Type != domain.TypeTransfer || m.sent < 0 || m.sent >= len(d.sents) {
		return
	}
	sc := d.sents[m.sent]
	if m.sent > 0 && sc != nil && r16nofactTeaserLine(sc.s.text, len(sc.toks)) && len(sc.countries()) == 0 {
		add("r16nofact-teaser")
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
