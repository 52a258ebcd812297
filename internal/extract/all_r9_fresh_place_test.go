package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCityCountry: a state named as the country of a town after a
// preposition of place ("in Baranovichi, Belarus") is a place, not a
// party (all_r9_fresh_place.go). Sentences written for this test.
func TestCityCountry(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, place string
		wantParty               bool
	}{
		{"en", "en", "Title\n\nA director of the repair plant in Baranovichi, Belarus, said the deliveries of 12 Su-30 fighters to Angola were completed in 2019.", "BY", false},
		{"en party", "en", "Title\n\nBelarus delivered 12 Su-30 fighters to Angola in 2019.", "BY", true},
		{"fr", "fr", "Titre\n\nUn directeur de l'usine de Minsk à Baranovitchi, Biélorussie, a dit que les 12 Su-30 ont été livrés à l'Angola en 2019.", "BY", false},
		{"es", "es", "Título\n\nUn director de la planta en Baránovichi, Bielorrusia, dijo que los 12 Su-30 fueron entregados a Angola en 2019.", "BY", false},
		{"de", "de", "Titel\n\nEin Direktor des Werks in Baranowitschi, Belarus, sagte, die 12 Su-30 seien 2019 an Angola geliefert worden.", "BY", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			party, any := false, false
			for _, c := range cs {
				f := c.Fact
				if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "su-30" {
					continue
				}
				any = true
				if f.Supplier != nil && f.Supplier.String() == tc.place || f.Recipient != nil && f.Recipient.String() == tc.place {
					party = true
				}
			}
			if !any {
				t.Fatalf("%q: no Su-30 transfer", tc.text)
			}
			if party != tc.wantParty {
				t.Errorf("%q: %s a party: %v, want %v", tc.text, tc.place, party, tc.wantParty)
			}
		})
	}
}
