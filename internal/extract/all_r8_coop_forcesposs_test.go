package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestForcesPossessive: aid to a state's army named with a possessive,
// and French "appui" read as "soutien" (all_r8_coop_forcesposs.go).
// Sentences written for this test.
func TestForcesPossessive(t *testing.T) {
	tests := []factCase{
		{"en possessive army", "en", "2017-05-03", "The United States gave Lebanon's army $120 million in aid in 2017.",
			[]string{"assistance US>LB  USD=120000000 y=2017"}},
		{"fr appui aux forces armées", "fr", "2022-05-03", "La France a apporté un appui de 5 millions d'euros aux forces armées sénégalaises en 2022.",
			[]string{"assistance FR>SN  EUR=5000000 y=2022"}},
		{"en possessive without aid", "en", "2017-05-03", "Lebanon's army bought $120 million of ammunition in 2017.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
