package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR16freshDonationValued: a donation valued at a sum is goods handed
// over, an aggregate of the two states, not assistance; a donation of a
// sum of money stays assistance (all_r16_fresh_donation.go). Sentences
// written for this test.
func TestR16freshDonationValued(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text string
		wantType         string // the type the sum must have
		notType          string // the type it must not have
	}{
		{"es valorada", "es", "Estados Unidos entregó a las Fuerzas Armadas del Ecuador una donación valorada en 2,4 millones de dólares. La ceremonia fue en Guayaquil.", domain.TypeAggregate, domain.TypeAssistance},
		{"es vale", "es", "Estados Unidos entregó equipo a Guatemala y la donación vale 3,5 millones de dólares, según el embajador. La forman lanchas y camionetas.", domain.TypeAggregate, domain.TypeAssistance},
		{"es está valorada", "es", "Estados Unidos entregó a Honduras una donación que está valorada en cinco millones de dólares. Incluye vehículos.", domain.TypeAggregate, domain.TypeAssistance},
		{"fr évalué", "fr", "La France a remis au Niger un don évalué à 2 millions d'euros. La cérémonie a eu lieu à Niamey.", domain.TypeAggregate, domain.TypeAssistance},
		// money given: no word that values goods
		{"es money", "es", "Estados Unidos entregó a Ecuador una donación de 2,4 millones de dólares para la lucha antidrogas. La ceremonia fue en Quito.", domain.TypeAssistance, domain.TypeAggregate},
		{"es aid valued", "es", "Estados Unidos aprobó ayuda militar a Ecuador por 2,4 millones de dólares. La ceremonia fue en Quito.", domain.TypeAssistance, domain.TypeAggregate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: t.Name(), Language: tc.lang, Published: "2024-03-01", Text: "Titular\n\n" + tc.text})
			if err != nil {
				t.Fatal(err)
			}
			types := map[string]bool{}
			for _, c := range cs {
				if c.Fact.Value != nil && c.Fact.Value.Amount > 0 {
					types[c.Fact.Type] = true
				}
			}
			if !types[tc.wantType] || types[tc.notType] {
				t.Errorf("%q: valued facts %v, want %s and no %s", tc.text, types, tc.wantType, tc.notType)
			}
		})
	}
}
