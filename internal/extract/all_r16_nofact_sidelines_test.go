package extract

import "testing"

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

// TestR16NofactFeatures: a transfer read from a short line with no state
// and no final stop carries r16nofact-teaser; the same transfer in a
// sentence, or in the headline, does not; the only candidate of its pair
// with a system named once carries r16nofact-lone (all_r16_nofact_sidelines.go).
// Documents written for this test.
func TestR16NofactFeatures(t *testing.T) {
	x := testExtractor(t)
	deal := "El Gobierno argentino firmó el contrato de compra de 24 aviones F-16 a Dinamarca. "
	cases := []struct {
		name, lang, text, pair, feat string
		want                         bool
	}{
		{"es teaser", "es", "Argentina compra F-16\n\n" + deal + "Los aviones llegarán en 2025.\n\nLlegó a Trelew el segundo avión P-3C Orion", "US>AR", "transfer|r16nofact-teaser", true},
		{"es sentence", "es", "Argentina compra F-16\n\n" + deal + "Los aviones llegarán en 2025. Estados Unidos entregó a Argentina el segundo avión P-3C Orion.", "US>AR", "transfer|r16nofact-teaser", false},
		{"fr headline", "fr", "La France livre deux Rafale à la Grèce\n\nLes avions sont arrivés lundi à Tanagra. Ils rejoignent l'escadron.", "FR>GR", "transfer|r16nofact-teaser", false},
		{"en lone late", "en", "Poland signs tank deal\n\nPoland signed a contract with South Korea for 180 K2 tanks. The tanks will arrive next year. The army also operates Leopard tanks. Poland had bought 14 Mi-24 helicopters from Russia in 1999.", "RU>PL", "transfer|r16nofact-lone=late", true},
		{"en main deal not lone", "en", "Poland signs tank deal\n\nPoland signed a contract with South Korea for 180 K2 tanks. The K2 tanks will arrive next year.", "KR>PL", "transfer|r16nofact-lone=early", false},
	}
	for _, c := range cases {
		seen, got, pairs := r14nofactFeature(t, x, c.lang, c.text, c.pair, c.feat)
		if !seen || got != c.want {
			t.Errorf("%s: %q: transfer %s found %v, %s = %v, want %v (have %v)", c.name, c.text, c.pair, seen, c.feat, got, c.want, pairs)
		}
	}
}
