package extract

import (
	"testing"
	"time"
)

// TestR16bServiceThroughUnitNouns: a word of upgrade or service reaches its
// system through a count of plain unit nouns ("la modernización de siete
// aparatos MI-25", "la modernisation de douze appareils Mirage 2000", "the
// upgrade of seven units of the Mi-25"); a purchase of the same units keeps
// no service cue (all_r16b_fresh4_service.go). Sentences written for this
// test, after the upgrade in seen doc es-rs-125.
func TestR16bServiceThroughUnitNouns(t *testing.T) {
	pub := time.Date(2012, 10, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, text, system, want string
	}{
		{"es", "Perú tendrá 14 helicópteros tras la modernización de siete aparatos MI-25 en Rusia.", "mi-24-35", "upgrade"},
		{"es", "El Ejército pagó la repotenciación de cuatro unidades Mi-35 en Rusia.", "mi-24-35", "upgrade"},
		{"fr", "L'Égypte a confié à la France la modernisation de douze appareils Rafale.", "rafale", "upgrade"},
		{"en", "Peru paid Russia for the upgrade of seven units of the Mi-25.", "mi-24-35", "upgrade"},
		{"es", "Colombia pagó el mantenimiento de cuatro aparatos Kfir a Israel.", "kfir", "maintenance"},
		// near misses: a purchase of units, a modernisation of something else
		{"es", "Perú compró a Rusia siete aparatos MI-25 en 2012.", "mi-24-35", ""},
		{"es", "Tras la modernización de la base, Perú compró siete aparatos MI-25.", "mi-24-35", ""},
		{"fr", "L'Égypte a acheté douze appareils Rafale à la France.", "rafale", ""},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, pub)
		found := false
		for _, m := range sc.mentions {
			if m.kind != mSystem || m.id != tc.system {
				continue
			}
			found = true
			if got := sc.serviceOf(m); got != tc.want {
				t.Errorf("%s %q: serviceOf(%s) = %q, want %q", tc.lang, tc.text, tc.system, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%s %q: no mention of %s", tc.lang, tc.text, tc.system)
		}
	}
}
