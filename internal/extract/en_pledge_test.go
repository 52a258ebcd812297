package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnPledgeApproved: "will send", "will donate" announce a pledge,
// stage approved; a sale a government "confirmed" is approved too. Texts
// written for this test.
func TestEnPledgeApproved(t *testing.T) {
	tests := []factCase{
		{"en: will send", "en", "2024-05-10",
			"Germany will send 14 Leopard 2 tanks to Ukraine.",
			[]string{"transfer DE>UA leopard-2 q=14 approved y=2024"}},
		{"en: confirmed the sale", "en", "2024-05-10",
			"The US Department of Defense has also recently confirmed the sale to Nigeria of 12 AH-1Z Viper attack helicopters.",
			[]string{"transfer US>NG ah-1z-viper q=12 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
