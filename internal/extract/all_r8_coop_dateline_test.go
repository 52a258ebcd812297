package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDatelineProvider: the city of a dateline gives no aid provider; the
// state the sentence names does (all_r8_coop_dateline.go). Sentences
// written for this test.
func TestDatelineProvider(t *testing.T) {
	tests := []factCase{
		{"es dateline", "es", "2024-03-03", "MADRID, 3 de marzo de 2024 - Estados Unidos anunció una ayuda militar de 300 millones de dólares a Ucrania.",
			[]string{"assistance US>UA  USD=300000000 y=2024"}},
		{"en dateline", "en", "2024-03-03", "LONDON, March 3, 2024 - Germany announced $300 million in military aid to Ukraine.",
			[]string{"assistance DE>UA  USD=300000000 y=2024"}},
		{"en capital that gives", "en", "2024-03-03", "London announced $300 million in military aid to Ukraine.",
			[]string{"assistance GB>UA  USD=300000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
