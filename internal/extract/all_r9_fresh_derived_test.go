package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDerivedBase: a system named as the base of another carries the
// feature derived-base; the system traded does not (all_r9_fresh_derived.go).
// Sentences written for this test.
func TestDerivedBase(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text, mention string
		want                bool
	}{
		{"en", "Title\n\nA plant in Minsk had repaired Su-27 aircraft, the type the Su-30 was derived from, before Russia delivered 12 Su-30 fighters to Angola in 2019.", "Su-27", true},
		{"en", "Title\n\nA plant in Minsk had repaired Su-27 aircraft, the type the Su-30 was derived from, before Russia delivered 12 Su-30 fighters to Angola in 2019.", "Su-30", false},
		{"fr", "Titre\n\nDérivé du Mi-171, le Mi-24 livré par la Russie au Mali en 2022 est un hélicoptère d'attaque.", "Mi-171", true},
		{"es", "Título\n\nRusia entregó a Bolivia seis Mi-24, derivado del Mi-171, en 2022.", "Mi-171", true},
		{"de", "Titel\n\nRussland lieferte Angola 2019 zwölf Su-30, abgeleitet von der Su-27.", "Su-27", true},
	}
	for _, tc := range tests {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: tc.lang, Published: "2024-03-01", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		found, got := false, false
		for _, c := range cs {
			f := c.Fact
			if f.Type != domain.TypeTransfer || f.System == nil || !strings.HasPrefix(f.System.Mention, tc.mention) {
				continue
			}
			found = true
			got = got || slices.Contains(c.Features, "transfer|derived-base")
		}
		if !found {
			t.Errorf("%s %q: no candidate for %q", tc.lang, tc.text, tc.mention)
			continue
		}
		if got != tc.want {
			t.Errorf("%s %q: %q derived-base = %v, want %v", tc.lang, tc.text, tc.mention, got, tc.want)
		}
	}
}
