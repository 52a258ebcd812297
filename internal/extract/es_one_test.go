package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsCountOfOne: "un"/"una" before the weapon noun of a system counts
// one ("un radar AN/TPS-78", "una corbeta de la clase Pohang", "un nuevo
// radar de largo alcance"); before a noun that is no weapon ("un lote de
// vehículos") it counts nothing. Texts written for this test.
func TestEsCountOfOne(t *testing.T) {
	tests := []factCase{
		{"es: un radar", "es", "2024-05-10",
			"Estados Unidos donó a Paraguay un radar AN/TPS-78.",
			[]string{"transfer US>PY an-tps-78 q=1 delivered y=2024"}},
		{"es: adjective and words between", "es", "2024-05-10",
			"Estados Unidos donó a Paraguay un nuevo radar de largo alcance AN/TPS-78.",
			[]string{"transfer US>PY an-tps-78 q=1 delivered y=2024"}},
		{"es: una corbeta de la clase", "es", "2024-05-10",
			"Corea del Sur donó a Perú una corbeta de la clase Pohang.",
			[]string{"transfer KR>PE x:pohang q=1 delivered y=2024"}},
		{"es: un lote de counts nothing", "es", "2024-05-10",
			"Rusia entregó a Nicaragua un lote de vehículos blindados GAZ-2330 Tigr.",
			[]string{"transfer RU>NI tigr delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
