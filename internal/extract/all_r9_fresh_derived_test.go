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
		// kind words, nationality adjectives and articles between the phrase and
		// the base (all_r15_sysname_derived.go)
		{"en", "Title\n\nRussia delivered 12 Su-30 fighters to Angola in 2019, a version of the Russian Su-27 fighter jet.", "Su-27", true},
		{"en", "Title\n\nRussia delivered 12 Su-30 fighters to Angola in 2019, a version of the Russian Su-27 fighter jet.", "Su-30", false},
		{"fr", "Titre\n\nLa Russie a livré à l'Angola en 2019 douze Su-30, dérivés de l'avion de combat Su-27.", "Su-27", true},
		{"es", "Título\n\nRusia entregó a Angola en 2019 doce Su-30, derivados del avión de combate ruso Su-27.", "Su-27", true},
		{"de", "Titel\n\nRussland lieferte Angola 2019 zwölf Su-30, eine Weiterentwicklung des russischen Kampfjets Su-27.", "Su-27", true},
		{"ar", "عنوان\n\nسلمت روسيا أنغولا عام 2019 اثنتي عشرة طائرة سو-30، وهي مشتقة من المقاتلة الروسية سو-27.", "سو-27", true},
		// one system the catalogue names both ways is no base of its own
		{"en", "Title\n\nChina delivered FD-2000 batteries to Iraq in 2024, the export version of the Chinese HQ-9 air defence system.", "FD-2000", false},
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
