package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR11Leaders: a state named only by its head of state, head of
// government or defence minister (country_names.tsv, metonym rows of
// r11-leaders) is a party as its name would be, in every language.
// Sentences written for this test.
func TestR11Leaders(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr: two presidents sign a defence agreement", "fr", "2024-05-12",
			"Paul Kagame et Patrice Talon ont signé mardi un accord de défense.",
			[]string{"agreement RW+BJ y=2024"}},
		{"en: surnames alone", "en", "2024-05-12",
			"Erdogan and Aliyev signed a military cooperation agreement on Tuesday.",
			[]string{"agreement TR+AZ y=2024"}},
		{"es: a president and a defence minister", "es", "2024-05-12",
			"Gustavo Petro y Margarita Robles firmaron un acuerdo de cooperación en defensa.",
			[]string{"agreement CO+ES y=2024"}},
		{"de: chancellor and president", "de", "2024-05-12",
			"Olaf Scholz und Wolodymyr Selenskyj unterzeichneten ein Sicherheitsabkommen.",
			[]string{"agreement DE+UA y=2024"}},
		{"ar: the article-bearing surnames", "ar", "2024-05-12",
			"وقع السيسي وماكرون اتفاقية للتعاون العسكري.",
			[]string{"agreement EG+FR y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}

// TestR11LeadersMatch: the matcher reads a leader as a state metonym; an
// ordinary word that normalises to a leader's surname does not ("المؤدي",
// leading to, is "مودي" once its article and hamza go: Modi is read in
// Arabic with his first name or title only; "talon", a heel); a common
// name in another state's official's name ("Mohammed bin Mubarak", an
// Emirati minister) is no leader.
func TestR11LeadersMatch(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		lang, text, want string
	}{
		{"ar", "وصل رئيس الوزراء مودي", "IN"},
		{"ar", "ناريندرا مودي", "IN"},
		{"ar", "الطريق المؤدي إلى المطار", ""},
		{"ar", "أعلن السيسي", "EG"},
		{"fr", "Le président Talon est arrivé", "BJ"},
		{"fr", "Un talon d'Achille", ""},
		{"fr", "paraphé par Mohammed bin Mubarak bin Fadel", ""},
		{"en", "the former president Hosni Mubarak", "EG"},
		{"en", "Erdoğan arrived", "TR"},
		{"de", "Ministerpräsident Mitsotakis kam an", "GR"},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(tc.text, 0), tc.lang) {
			if m.kind == mCountry {
				got = m.id
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: state %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
