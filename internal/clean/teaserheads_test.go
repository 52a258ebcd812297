package clean

import "testing"

// TestTeaserHeadingsUnderBody: under the body, a teaser heading of two
// words (which dropOuterFurniture alone would take as a label, leaving
// the headlines) or a short question takes the headlines under it, in the
// five languages; a list under a heading that opens it stays.
func TestTeaserHeadingsUnderBody(t *testing.T) {
	tests := []noiseCase{
		{"two-word headings",
			[]string{"Weitere Beiträge\nEstland erhält weitere K9-Haubitzen aus Südkorea\nBelgien bestellt zusätzliche CAESAR Mk II"},
			nil, []string{"Weitere Beiträge", "Estland", "CAESAR"}},
		{"en heading",
			[]string{"Latest Headlines\nState Dept. OKs $280M sale of Harpoon missiles to Taiwan\nNavy awards $1.3B for Virginia-class submarine parts"},
			nil, []string{"Latest Headlines", "Harpoon", "Virginia-class"}},
		{"ar heading",
			[]string{"موضوعات متعلقة\nالخارجية الأمريكية: لا قيود على التمويل العسكري لمصر هذا العام"},
			nil, []string{"موضوعات", "الخارجية"}},
		{"question headings",
			[]string{"Schon gelesen?\nÖsterreichs Bundesheer feiert 20.000 Eurofighter-Flugstunden", "¿Te lo perdiste?\nChile recibe dos fragatas de Australia"},
			nil, []string{"Schon gelesen", "Bundesheer", "perdiste", "fragatas"}},
		{"es widget headings",
			[]string{"Los preferidos del público\nLos más discutidos"},
			nil, []string{"preferidos", "discutidos"}},
		{"fr heading",
			[]string{"Les plus populaires\nLe Gabon reçoit un patrouilleur chinois\nDjibouti reçoit un hélicoptère Z-9"},
			nil, []string{"populaires", "Gabon", "Djibouti"}},
	}
	runNoiseTable(t, tests, true)
}
