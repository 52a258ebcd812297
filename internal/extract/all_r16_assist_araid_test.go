package extract

import "testing"

// TestR16ArForcesAid: an Arabic amount of aid to a state's armed forces,
// the aid word with no "عسكرية", is a candidate assistance fact, as in
// French and English (all_r16_assist_araid.go). Sentences written for
// this test.
func TestR16ArForcesAid(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "PROV>REC program", "" for none
	}{
		{"aid with its giver's adjective", "قدمت واشنطن 80 مليون دولار مساعدات أمريكية جديدة للجيش التونسي هذا الأسبوع.\n\nوقال المسؤول إن الأمر مهم.", "US>TN مساعدات"},
		{"support to the armed forces", "أعلنت فرنسا عن دعم بقيمة 40 مليون يورو للقوات المسلحة النيجرية.\n\nوقال المسؤول إن الأمر مهم.", "FR>NE دعم"},
		{"aid to no army", "قدمت اليابان 30 مليون دولار مساعدات إنسانية للاجئين في الأردن.\n\nوقال المسؤول إن الأمر مهم.", ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		got := r15AssistGiven(t, x, "ar", tc.text)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
