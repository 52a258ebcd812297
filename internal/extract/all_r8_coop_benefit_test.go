package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestProgramBenefit: a state told to benefit from a state's aid
// programme receives it (all_r8_coop_benefit.go). Sentences written for
// this test.
func TestProgramBenefit(t *testing.T) {
	tests := []factCase{
		{"en benefited from IMET", "en", "2024-05-03", "Morocco has benefited from the IMET program since 1960.",
			[]string{"assistance US>MA imet y=1960"}},
		{"fr bénéficie de l'IMET", "fr", "2024-05-03", "Le Maroc bénéficie de l'IMET depuis 1960.",
			[]string{"assistance US>MA imet y=1960"}},
		{"es se beneficia del IMET", "es", "2024-05-03", "Marruecos se beneficia del programa IMET desde 1960.",
			[]string{"assistance US>MA imet y=1960"}},
		{"ar verb first", "ar", "2024-05-03", "تستفيد تونس من برنامج التعليم والتدريب العسكري الدولي منذ سنوات.",
			[]string{"assistance US>TN imet"}},
		{"en two states: no reading", "en", "2024-05-03", "Morocco and Tunisia have benefited from the IMET program.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
