package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAggregateAsAid: an amount told as a loan or as military aid between
// two states is assistance, no aggregate (all_r8_coop_aggloan.go); a total
// of arms sales stays an aggregate, and an aid word nearer another amount
// leaves the first one alone. Sentences written for this test.
func TestAggregateAsAid(t *testing.T) {
	tests := []factCase{
		{"en loan", "en", "2024-05-03", "The US approved a $1.5 billion loan to Poland for arms purchases.",
			[]string{"assistance US>PL  USD=1500000000"}},
		{"fr prêt", "fr", "2024-05-03", "Les États-Unis ont accordé à la Pologne un prêt de 2 milliards de dollars pour l'achat d'armes.",
			[]string{"assistance US>PL  USD=2000000000"}},
		{"es préstamo", "es", "2024-05-03", "Estados Unidos concedió a Polonia un préstamo de 2.000 millones de dólares para la compra de armas.",
			[]string{"assistance US>PL  USD=2000000000"}},
		{"ar loan", "ar", "2024-05-03", "منحت الولايات المتحدة بولندا قرضا بقيمة ملياري دولار لشراء الأسلحة.",
			[]string{"assistance US>PL  USD=2000000000"}},
		{"es ayuda militar por valor de", "es", "2024-05-03", "España enviará ayuda militar por valor de 1.000 millones de euros a Ucrania en 2024.",
			[]string{"assistance ES>UA  EUR=1000000000 y=2024"}},
		{"en arms sales total", "en", "2024-05-03", "US arms sales to Saudi Arabia totalled $110 billion under the 2017 agreement.",
			[]string{"aggregate US>SA USD=110000000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAssistance && f.Type != domain.TypeAggregate {
			return "", false
		}
		return brief(f), true
	})
}
