package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4FormerForces: the armed forces that owned a system before,
// named after "former", "ex-" or "formerly operated by", sell it
// (en_r4_formerforces.go); the same forces as the subject still buy.
// Sentences written for this test.
func TestEnR4FormerForces(t *testing.T) {
	tests := []factCase{
		{"former Royal ... Navy", "en", "2024-05-12",
			"Chile purchased three former Royal Australian Navy Adelaide-class frigates.",
			[]string{"transfer AU>CL oliver-hazard-perry q=3 ordered y=2024"}},
		{"formerly operated by the Royal ... Navy", "en", "2024-05-12",
			"Chile bought three Adelaide-class frigates formerly operated by the Royal Australian Navy.",
			[]string{"transfer AU>CL oliver-hazard-perry q=3 ordered y=2024"}},
		{"the forces as subject buy", "en", "2024-05-12",
			"The Royal Australian Navy received two frigates from Spain.",
			[]string{"transfer ES>AU cat:ships q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnR4AskedToPurchase: "asked to purchase" and "formally requested"
// are requests (lexicon stage-requested). Sentence written for this test.
func TestEnR4AskedToPurchase(t *testing.T) {
	tests := []factCase{
		{"asked to purchase", "en", "2024-05-12",
			"Argentina asked to purchase 27 Stryker vehicles from the United States.",
			[]string{"transfer US>AR stryker q=27 requested y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
