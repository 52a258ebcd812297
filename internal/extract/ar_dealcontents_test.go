package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArDealContents: what a deal told before holds ("وتشمل الصفقة",
// "بموجب الصفقة") takes that deal's stage and, for the buyer alone named,
// its supplier (ar_dealcontents.go). Sentences written for this test.
func TestArDealContents(t *testing.T) {
	checkFacts(t, []factCase{
		{"the approved deal includes", "ar", "2024-08-14",
			"وافقت الولايات المتحدة على صفقة سلاح لإسرائيل.\n\nوتشمل الصفقة 25 طائرة إف-15.",
			[]string{"transfer US>IL f-15 q=25 approved y=2024"}},
		{"the buyer gets, under the deal, rounds", "ar", "2024-08-14",
			"وافقت الولايات المتحدة على صفقة سلاح لإسرائيل.\n\nوستحصل إسرائيل بموجب الصفقة على 30 ألف قذيفة مدفعية.",
			[]string{"transfer US>IL cat:ammunition q=30000 approved y=2024"}},
		{"a signed contract's contents are ordered", "ar", "2021-05-04",
			"وقعت مصر مع فرنسا عقدا لشراء مقاتلات.\n\nويشمل العقد 30 طائرة رافال.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2021"}},
		{"an indefinite deal takes up nothing", "ar", "2024-08-14",
			"وافقت الولايات المتحدة على صفقة سلاح لإسرائيل.\n\nوتدرس إسرائيل صفقة أخرى تشمل 25 طائرة إف-15.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
