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

// TestHeadlinesUnderMarker: under the body, the headlines right under a
// related marker with its headline go with it when a blank line or the end
// closes them; in a text without blank lines, or before a body paragraph,
// the lines under the marker stay.
func TestHeadlinesUnderMarker(t *testing.T) {
	head := "Headline of the test page\n\n" + testBody + "\n\n" + testLast + "\n\n"
	r := cleanPlain(head + "اقرأ أيضا: لجنة برلمانية تركية توافق على قانون التعاون\nمسؤول أمريكي يعلق على مذكرة التفاهم\nنائب أردوغان: مستعدون للتجاوب مع أي طلب")
	keptDropped(t, r.Text, []string{testLast}, []string{"لجنة", "مسؤول", "نائب"})
	r = cleanPlain(head + "Lire aussi : Le Maroc commande des drones\nL'Algérie reçoit des frégates\n\nLe Mali reçoit deux hélicoptères")
	keptDropped(t, r.Text, []string{testLast}, []string{"Maroc", "Algérie"})
	// no blank lines: the lines around the marker are the article's
	r = cleanPlain("Headline of the test page\n" + testBody + "\nAlso Read: Navy tests a new radar\nThe USAF says the six still to come are in refurbishment. (T/RS5/RS1)\nAlso Read: Chile buys two frigates")
	keptDropped(t, r.Text, []string{"six still to come"}, []string{"new radar", "two frigates"})
	// a subheading over the next paragraph stays
	r = cleanPlain(head + "Lire aussi : Le Maroc commande des drones\nLes hélicoptères\nLe Mali a reçu deux hélicoptères Mi-171 lundi, a indiqué l'état-major dans un communiqué publié à Bamako.")
	keptDropped(t, r.Text, []string{"Les hélicoptères", "Mi-171"}, []string{"Maroc"})
}
