package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsAirForceAcronyms: the acronym of a Latin American air force names
// its state ("la FAC", "la FAU"); in English the same letters are other
// words (a fast attack craft, a fuel-air explosive). Texts written for
// this test.
func TestEsAirForceAcronyms(t *testing.T) {
	tests := []factCase{
		{"es: la FAC recibió", "es", "2024-05-10",
			"La FAC recibió el mes pasado dos aviones C-295 comprados a España.",
			[]string{"transfer ES>CO c295 q=2 delivered y=2024"}},
		{"es: entregó a la FAU", "es", "2024-05-10",
			"El Ministerio de Defensa de España entregó a la FAU tres aviones C-212 Aviocar.",
			[]string{"transfer ES>UY c-212 q=3 delivered y=2024"}},
		{"es: la FACh incorporó", "es", "2024-05-10",
			"La FACh incorporó seis aviones F-16 comprados a los Países Bajos.",
			[]string{"transfer NL>CL f-16 q=6 delivered y=2024"}},
		{"en: FAC is a fast attack craft", "en", "2024-05-10",
			"The FAC ordered from Germany sailed with an FAE bomb: Ghana received six Super Tucano aircraft from Brazil.",
			[]string{"transfer BR>GH super-tucano q=6 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
