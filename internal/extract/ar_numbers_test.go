package extract

import (
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArNumbers: Arabic counts written as the dual of hundreds and
// thousands, with an attached preposition, or before a designation in
// brackets (ar_numbers.go). Sentences written for this test.
func TestArNumbers(t *testing.T) {
	q := func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer || f.System == nil {
			return "", false
		}
		return fmt.Sprintf("%s q=%d", f.System.ID, f.Quantity), true
	}
	checkFacts(t, []factCase{
		{"dual of thousand", "ar", "2024-05-02",
			"تسلم المغرب من الولايات المتحدة ألفي صاروخ من طراز تاو.",
			[]string{"bgm-71-tow q=2000"}},
		{"dual of hundred in construct", "ar", "2024-05-02",
			"وافقت الولايات المتحدة على بيع المغرب مئتي صاروخ من طراز تاو.",
			[]string{"bgm-71-tow q=200"}},
		{"number word with attached bi-", "ar", "2024-05-02",
			"زودت فرنسا مصر بعشر مروحيات من طراز كاراكال.",
			[]string{"h225m q=10"}},
		{"designation in brackets after tiraz", "ar", "2024-05-02",
			"وافقت الولايات المتحدة على بيع السعودية 280 صاروخا جو-جو من طراز (إيه.آي.إم-120سي).",
			[]string{"aim-120-amraam q=280"}},
		{"'I am not' is no six", "ar", "2024-05-02",
			"قال الوزير لست أعلم، لكن مصر تسلمت من فرنسا طائرات رافال.",
			[]string{"rafale q=0"}},
	}, q)
}

// TestArGenericPriced: an amount goes to the only kind of arms a sentence
// sells; with two kinds it stays the deal's total (ar_numbers.go).
// Sentences written for this test.
func TestArGenericPriced(t *testing.T) {
	v := func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" {
			return "", false
		}
		return fmt.Sprintf("cat:%s v=%.0f", f.System.Category, f.ValueUSD), true
	}
	checkFacts(t, []factCase{
		{"one kind of arms takes the amount", "ar", "2022-09-30",
			"وافقت الولايات المتحدة على بيع الكويت ذخائر وقطع غيار بكلفة 250 مليون دولار.",
			[]string{"cat:ammunition v=250000000"}},
		{"two kinds leave it to the deal", "ar", "2022-09-30",
			"وافقت الولايات المتحدة على بيع الكويت ذخائر ورادارات بكلفة 250 مليون دولار.",
			[]string{"cat:ammunition v=0", "cat:sensors v=0"}},
		{"a package's total is no price", "ar", "2022-09-30",
			"وافقت الولايات المتحدة على بيع السعودية أربع فرقاطات ضمن حزمة مبيعات دفاعية تبلغ قيمتها 20 مليار دولار.",
			[]string{"cat:ships v=0"}},
	}, v)
}
