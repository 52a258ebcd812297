package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestProspectNouns: "premisas"/"perspectivas" govern the rest of their
// sentence across commas, so what follows is a prospect, not a supply
// (texts written for this test).
func TestProspectNouns(t *testing.T) {
	tests := []factCase{
		{"es: premisas para ampliar, sobre todo en el suministro de", "es", "2024-02-01",
			"Según la agencia, existen premisas para ampliar la cooperación militar, sobre todo en el suministro de helicópteros Mi-17 a Bolivia por parte de Rusia.",
			nil},
		{"es: perspectivas de, after a comma", "es", "2024-02-01",
			"El ministro habló de las perspectivas de la relación, en especial del suministro de aviones Yak-130 rusos a Nicaragua.",
			nil},
		{"es: a delivery before the prospect stays", "es", "2024-02-01",
			"Rusia suministró a Nicaragua dos helicópteros Mi-17 en 2019, y hay perspectivas de nuevos contratos.",
			[]string{"transfer RU>NI mi-8-17 q=2 delivered y=2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
