package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArMNNA: the major non-NATO ally status in the accusative and its
// variants ("حليفا رئيسيا من خارج الحلف", "غير عضو في حلف شمال الأطلسي"),
// a state that holds it, and a designation only intended (ar_mnna.go).
// Sentences written for this test.
func TestArMNNA(t *testing.T) {
	checkFacts(t, []factCase{
		{"designated, accusative", "ar", "2025-11-20",
			"صنفت الولايات المتحدة الأردن حليفا رئيسيا من خارج حلف شمال الأطلسي يوم الثلاثاء.",
			[]string{"membership JO mnna y=2025"}},
		{"not a member of NATO is no NATO membership", "ar", "2020-09-17",
			"ويعد المغرب حليفا رئيسيا غير عضو في حلف شمال الأطلسي منذ 2004.",
			[]string{"membership MA mnna y=2004"}},
		{"states holding the status", "ar", "2020-09-17",
			"وتحمل 17 دولة صفة حليف رئيسي من خارج الحلف، منها تونس والأردن.",
			[]string{"membership TN mnna", "membership JO mnna"}},
		{"NATO glossing the status is no NATO membership", "ar", "2025-11-20",
			"صنفت واشنطن البحرين حليفا رئيسيا من خارج حلف شمال الأطلسي \"الناتو\" هذا الأسبوع.",
			[]string{"membership BH mnna y=2025"}},
		{"the status named before, states listed after", "ar", "2020-09-17",
			"ومنحت واشنطن صفة حليف رئيسي من خارج الناتو لعدة دول. ويبلغ عدد الدول الحاصلة على هذه الصفة نحو 20 دولة، بينها دول عربية مثل مصر والمغرب.",
			[]string{"membership EG mnna", "membership MA mnna"}},
		{"an intended designation is no fact", "ar", "2020-09-17",
			"وقال المسؤول إن واشنطن تعتزم تصنيف عمان حليفا رئيسيا من خارج الناتو.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
