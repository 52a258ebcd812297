package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsEmbassyGives: the state whose embassy hands over or funds
// equipment gives it (texts written for this test).
func TestEsEmbassyGives(t *testing.T) {
	tests := []factCase{
		{"es: una donación de la Embajada de Estados Unidos", "es", "2024-05-10",
			"Uruguay recibió una donación de la Embajada de Estados Unidos: 13 vehículos blindados para misiones de paz.",
			[]string{"transfer US>UY cat:armoured-vehicles q=13 delivered y=2024"}},
		{"es: la Embajada de X en Y entregó", "es", "2024-05-10",
			"La Embajada de Estados Unidos en Honduras entregó a la Fuerza Aérea Hondureña dos helicópteros Bell 412.",
			[]string{"transfer US>HN bell-412 q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
