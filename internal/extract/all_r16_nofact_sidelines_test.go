package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR16NofactTeaserLine: titles, captions and labels read as teasers; a
// sentence, a list item, a long line do not (all_r16_nofact_sidelines.go).
// Lines written for this test.
func TestR16NofactTeaserLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Llegó a Cádiz el tercer avión C-295", true},
		{"Une dizaine de Mirage 2000 sur le marché", true},
		{"Fregatten der Klasse F125 in Wilhelmshaven", true},
		{"وصول الدفعة الثانية من المروحيات", true},
		{"The navy received two new frigates.", false},
		{"Qui a commandé les avions ?", false},
		{"- Twelve AS90 guns", false},
		{"• Four patrol boats", false},
		{"Das Boot kostet 500 Millionen Euro: ein Rekord", true},
		{"", false},
	}
	for _, c := range cases {
		if got := r16nofactTeaserLine(c.text, len(tokenize(c.text, 0))); got != c.want {
			t.Errorf("%q: teaser = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestR16NofactTeaserDropped: a transfer read from a short body line with
// no state and no final stop (another article's headline, a subheading)
// drops; the same transfer told in a sentence, or in the headline, stays
// (all_r16_nofact_sidelines.go). Documents written for this test.
func TestR16NofactTeaserDropped(t *testing.T) {
	x := testExtractor(t)
	deal := "El Gobierno argentino firmó el contrato de compra de 24 aviones F-16 a Dinamarca. Los aviones llegarán en 2025."
	cases := []struct {
		name, lang, text, sys string
		want                  bool
	}{
		{"es teaser", "es", "Argentina compra F-16\n\n" + deal + "\n\nLlegó a Trelew el segundo avión P-3C Orion", "p-3-orion", false},
		{"fr subheading", "fr", "La Grèce reçoit ses Rafale\n\nLa France a cédé 12 Rafale à la Grèce lundi. Les avions ont rejoint Tanagra.\n\nUne vingtaine de Mirage 2000 sur le marché\n\nLes appareils restent en service.", "mirage-2000", false},
		{"es sentence", "es", "Argentina compra F-16\n\n" + deal + " Estados Unidos entregó a Argentina el segundo avión P-3C Orion.", "p-3-orion", true},
		{"fr headline", "fr", "La France livre deux Rafale à la Grèce\n\nLes avions sont arrivés lundi à Tanagra. Ils rejoignent l'escadron.", "rafale", true},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Text: c.text, Published: "2024-03-03"})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		var have []string
		for _, cd := range cs {
			if cd.Fact.Type == domain.TypeTransfer && cd.Fact.System != nil {
				got = got || cd.Fact.System.ID == c.sys
				have = append(have, cd.Fact.System.ID)
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: transfer of %s = %v, want %v (have %v)", c.name, c.text, c.sys, got, c.want, have)
		}
	}
}
