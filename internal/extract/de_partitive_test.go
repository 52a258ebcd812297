package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDePartitiveNamed: a German share of systems named in the sentence
// before takes that system's name (de_partitive.go). Sentences written
// for this test.
func TestDePartitiveNamed(t *testing.T) {
	tests := []factCase{
		{"acht der älteren Panzer", "de", "2024-05-07",
			"Die neuen Panzer aus Deutschland ersetzen 36 Leopard 2A4 des Heeres. Acht der älteren Panzer hatte Norwegen im März 2023 an die Ukraine abgegeben.",
			[]string{"transfer NO>UA leopard-2 q=8 delivered y=2023"}},
		{"zwei dieser Hubschrauber", "de", "2024-05-07",
			"Das Heer nutzt seit Jahren zwölf in Deutschland gebaute Hubschrauber vom Typ NH90. Zwei dieser Hubschrauber hat Schweden an Finnland abgegeben.",
			[]string{"transfer SE>FI nh90 q=2 delivered y=2024"}},
		// no partitive: the generic stays generic
		{"bare generic", "de", "2024-05-07",
			"Die neuen Panzer aus Deutschland ersetzen 36 Leopard 2A4 des Heeres. Norwegen hat der Ukraine acht Panzer abgegeben.",
			[]string{"transfer NO>UA cat:armoured-vehicles q=8 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer && (f.Recipient.String() == "UA" || f.Recipient.String() == "FI")
	})
}
