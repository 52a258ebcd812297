package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4HandOver: the unvowelled "تسلم" with a state as its object is
// "hands over" (ar_r4_handover.go), and "يسلم" hands over (lang_ar.tsv);
// with its giver after "من" it stays "received". Sentences written for
// this test.
func TestArR4HandOver(t *testing.T) {
	checkFacts(t, []factCase{
		{"headline, state before and after", "ar", "2024-05-12",
			"فرنسا تسلم الجزائر طائرتي نقل عسكري من طراز سي 295",
			[]string{"transfer FR>DZ c295 q=2 delivered y=2024"}},
		{"verb first, two states after it", "ar", "2024-05-12",
			"تسلم إسبانيا المغرب طائرات نقل من طراز سي 295.",
			[]string{"transfer ES>MA c295 delivered y=2024"}},
		{"received, the giver after من", "ar", "2024-05-12",
			"تسلم المغرب طائرات سي 295 من إسبانيا.",
			[]string{"transfer ES>MA c295 delivered y=2024"}},
		{"masculine present hands over", "ar", "2024-05-12",
			"الجيش الأمريكي يسلم المغرب 18 راجمة صواريخ هيمارس",
			[]string{"transfer US>MA m142-himars q=18 delivered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
