package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestTotalOffTransfers: a total that covers several systems of a pair is
// their aggregate, not the first system's price; a system's own amount
// stays on it. Texts written for this test.
func TestTotalOffTransfers(t *testing.T) {
	tests := []factCase{
		{"en: weapons worth €7bn, including", "en", "2024-05-10",
			"Egypt has bought weapons worth €7bn from France, including 24 Rafale jets and a FREMM frigate.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024", "transfer FR>EG fremm ordered y=2024", "aggregate FR>EG EUR=7000000000"}},
		{"es: armas por valor de, entre ellas", "es", "2024-05-10",
			"Egipto compró a Francia armas por valor de 7.000 millones de euros, entre ellas 24 aviones Rafale y una fragata FREMM.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024", "transfer FR>EG fremm q=1 ordered y=2024", "aggregate FR>EG EUR=7000000000"}},
		{"en: each system its own amount", "en", "2024-05-10",
			"Egypt ordered 24 Rafale jets for €3.9bn and a FREMM frigate for €1bn from France.",
			[]string{"transfer FR>EG rafale q=24 EUR=3900000000 ordered y=2024", "transfer FR>EG fremm EUR=1000000000 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
