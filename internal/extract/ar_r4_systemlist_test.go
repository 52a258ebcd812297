package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4SystemList: a system named right after another with an attached
// "و" ("رافال ومروحيات كاراكال", "أباتشي وأبرامز") is a second system, not a
// second name that describes the first (transfer.go). Sentences written
// for this test.
func TestArR4SystemList(t *testing.T) {
	checkFacts(t, []factCase{
		{"two systems, the second with its generic word", "ar", "2024-05-12",
			"اشترت البحرين مقاتلات رافال ومروحيات كاراكال من فرنسا.",
			[]string{"transfer FR>BH rafale ordered y=2024", "transfer FR>BH h225m ordered y=2024"}},
		{"three systems", "ar", "2024-05-12",
			"اشترت البحرين مروحيات أباتشي وصواريخ تاو ودبابات أبرامز من الولايات المتحدة.",
			[]string{"transfer US>BH ah-64-apache ordered y=2024", "transfer US>BH bgm-71-tow ordered y=2024", "transfer US>BH m1-abrams ordered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
