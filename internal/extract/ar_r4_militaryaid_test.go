package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4MilitaryAid: Arabic military aid with no amount, its giver and
// receiver marked by the sentence (ar_r4_militaryaid.go); aid that is not
// military is none. Sentences written for this test.
func TestArR4MilitaryAid(t *testing.T) {
	checkFacts(t, []factCase{
		{"given to a state with ل", "ar", "2024-05-12",
			"قدمت واشنطن مساعدات عسكرية للبنان.",
			[]string{"assistance US>LB "}},
		{"received from a state with من", "ar", "2024-05-12",
			"تلقت تونس دعما عسكريا من فرنسا.",
			[]string{"assistance FR>TN "}},
		{"humanitarian aid is none", "ar", "2024-05-12",
			"قدمت الإمارات مساعدات إنسانية للسودان.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
