package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestBelongsType: a sentence that says the goods of a deal before it
// belong to a type ("gehören die Boote zum Typ 218SG", "belong to the
// Type 218SG class") gives the deal a candidate of that system, and a
// German compound on "-typ" names the system (all_r9_fresh_typeof.go).
// The candidate carries the flag kind-identified. Sentences written for
// this test.
func TestBelongsType(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, sys string
		want                  bool
	}{
		{"de compound", "de", "Titel\n\nSingapur hat 2013 bei Deutschland zwei U-Boote bestellt. Mit 2000 t Verdrängung gehören die Boote zum neuen Exporttyp 218.", "type-218sg", true},
		{"de typ", "de", "Titel\n\nSingapur hat 2013 bei Deutschland zwei U-Boote bestellt. Die Boote gehören zum Typ 218SG.", "type-218sg", true},
		{"de no link", "de", "Titel\n\nSingapur hat 2013 bei Deutschland zwei U-Boote bestellt. Die Werft baut auch den Typ 218SG.", "type-218sg", false},
		{"en", "en", "Title\n\nSingapore ordered two submarines from Germany in 2013. The boats belong to the Type 218SG class.", "type-218sg", true},
		{"es singular", "es", "Título\n\nSingapur encargó a Alemania dos submarinos en 2013. El buque es del tipo 218SG.", "type-218sg", true},
		{"es named", "es", "Título\n\nSingapur encargó a Alemania dos submarinos en 2013. El Invincible es del tipo 218SG.", "type-218sg", false},
		{"fr", "fr", "Titre\n\nSingapour a commandé deux sous-marins à l'Allemagne en 2013. Les bâtiments appartiennent au Type 218SG.", "type-218sg", true},
		{"es", "es", "Título\n\nSingapur encargó a Alemania dos submarinos en 2013. Los buques pertenecen al Tipo 218SG.", "type-218sg", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := anyCandidate(t, x, tc.lang, tc.text, "2024-03-01", func(c Candidate) bool {
				f := c.Fact
				return f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == tc.sys && f.Recipient != nil && f.Recipient.String() == "SG" && f.Quantity == 2 && slices.Contains(c.Features, "transfer|flag=kind-identified")
			})
			if got != tc.want {
				t.Errorf("%q: a kind-identified transfer of two %s to SG: %v, want %v", tc.text, tc.sys, got, tc.want)
			}
		})
	}
}

// TestIdentifiedRoles: roles that contradict the identified system's
// origin are swapped; others stay.
func TestIdentifiedRoles(t *testing.T) {
	tests := []struct{ sup, rec, origin, wantSup, wantRec string }{
		{"MA", "ES", "ES", "ES", "MA"},
		{"ES", "MA", "ES", "ES", "MA"},
		{"US", "PL", "DE", "US", "PL"}, // a re-export: no contradiction
		{"ES", "ES", "ES", "ES", "ES"},
	}
	for _, tc := range tests {
		f := domain.Fact{Supplier: party(tc.sup), Recipient: party(tc.rec)}
		identifiedRoles(&f, tc.origin)
		if f.Supplier.String() != tc.wantSup || f.Recipient.String() != tc.wantRec {
			t.Errorf("%s->%s origin %s: %s->%s, want %s->%s", tc.sup, tc.rec, tc.origin, f.Supplier, f.Recipient, tc.wantSup, tc.wantRec)
		}
	}
}
