package extract

import "testing"

// TestR14coopArMemberLists: Arabic lists of members: "مالي" between states
// is Mali (all_r14_coop_armali.go, matcher_context.go), "وتضم" with the
// conjunction attached opens a composition (lang_ar.tsv), and "كل من"
// after a word of joining opens a list of joiners. Sentences written for
// this test.
func TestR14coopArMemberLists(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"ar: ومالي in a list after وتضم", "ar", "وتضم مجموعة دول الساحل الخمس موريتانيا ومالي والنيجر وتشاد وبوركينا فاسو.",
			[]string{"membership ML g5-sahel", "membership MR g5-sahel", "membership BF g5-sahel"}, nil},
		{"ar: مالي opening a list", "ar", "ويضم تحالف دول الساحل مالي والنيجر وبوركينا فاسو.",
			[]string{"membership ML aes", "membership NE aes", "membership BF aes"}, nil},
		{"ar: ومالي after a word is financial", "ar", "قدمت الولايات المتحدة دعما عسكريا ومالي للنيجر.",
			nil, []string{"ML"}},
		{"ar: ومالي after a demonym is financial", "ar", "وأشاد الوزير بالدعم الأمريكي ومالي الكبير.",
			nil, []string{"ML"}},
		{"ar: انضمت كل من A وB", "ar", "انضمت كل من السويد وفنلندا إلى حلف شمال الأطلسي.",
			[]string{"membership SE nato y=2024", "membership FI nato y=2024"}, nil},
	})
}
