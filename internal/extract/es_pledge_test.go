package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsPledgeApproved: a state's announced gift ("enviará", "enviaría",
// "donará") is a pledge, stage approved (annotating.md); a delivery due
// under a signed contract stays ordered. Texts written for this test.
func TestEsPledgeApproved(t *testing.T) {
	tests := []factCase{
		{"es: enviará", "es", "2024-05-10",
			"Estados Unidos enviará diez tanques Abrams a Ucrania.",
			[]string{"transfer US>UA m1-abrams q=10 approved y=2024"}},
		{"es: enviaría, reported", "es", "2024-05-10",
			"La decisión fue resultado de un pacto con Washington según el cual Estados Unidos enviaría también tanques Abrams a Ucrania.",
			[]string{"transfer US>UA m1-abrams approved y=2024"}},
		{"es: donará", "es", "2024-05-10",
			"España donará a Ucrania seis carros de combate Leopard 2A4.",
			[]string{"transfer ES>UA leopard-2 q=6 approved y=2024"}},
		{"es: confirmó la venta", "es", "2024-05-10",
			"El Pentágono confirmó la venta de 12 helicópteros AH-1Z a Nigeria.",
			[]string{"transfer US>NG ah-1z-viper q=12 approved y=2024"}},
		{"es: entregará under a contract stays ordered", "es", "2024-05-10",
			"Francia entregará los Rafale a Grecia en 2026, según el contrato firmado en 2021.",
			[]string{"transfer FR>GR rafale ordered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
