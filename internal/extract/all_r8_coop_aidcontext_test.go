package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAidProgramBefore: allocations to several states in the sentence
// after the one that names the programme (all_r8_coop_aidcontext.go).
// Sentences written for this test.
func TestAidProgramBefore(t *testing.T) {
	tests := []factCase{
		{"en EPF then amounts to states", "en", "2024-06-05",
			"The Council of the EU adopted new assistance measures under the European Peace Facility on Monday. The measures provide 20 million euros to Mauritania, 15 million euros to Niger and 10 million euros to Benin.",
			[]string{"assistance EU>BJ epf EUR=10000000 y=2024", "assistance EU>MR epf EUR=20000000", "assistance EU>NE epf EUR=15000000"}},
		{"fr FEP then amounts to states", "fr", "2024-06-05",
			"Le Conseil de l'UE a adopté de nouvelles mesures au titre de la Facilité européenne pour la paix. Elles prévoient 20 millions d'euros pour la Mauritanie, 15 millions d'euros pour le Niger et 10 millions d'euros pour le Bénin.",
			[]string{"assistance EU>MR epf EUR=20000000", "assistance EU>NE epf EUR=15000000", "assistance EU>BJ epf EUR=10000000"}},
		{"en sales total then amounts: no programme", "en", "2024-06-05",
			"France sold arms worth 8 billion euros in 2023. Qatar bought 2 billion euros, India 3 billion euros and Egypt 1 billion euros.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
