package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4EachOf: "كل من" ("each of") opens a list of states; its "من"
// names no seller (ar_r4_eachof.go). Sentences written for this test.
func TestArR4EachOf(t *testing.T) {
	checkFacts(t, []factCase{
		{"sold to each of three buyers", "ar", "2024-05-12",
			"باعت الصين طائرات مسيرة من طراز وينغ لونغ 2 لكل من المغرب والجزائر ومصر.",
			[]string{"transfer CN>MA wing-loong ordered y=2024", "transfer CN>DZ wing-loong ordered y=2024", "transfer CN>EG wing-loong ordered y=2024"}},
		{"delivered to each of two buyers", "ar", "2024-05-12",
			"سلمت فرنسا طائرات رافال إلى كل من مصر وقطر.",
			[]string{"transfer FR>EG rafale delivered y=2024", "transfer FR>QA rafale delivered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
