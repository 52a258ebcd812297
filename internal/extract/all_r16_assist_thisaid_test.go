package extract

import (
	"strconv"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR16ThisAid: an amount of aid that a demonstrative ties to the
// sentence before takes that sentence's giver and receiver
// (all_r16_assist_thisaid.go). Sentences written for this test.
func TestR16ThisAid(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             string // "PROV>REC program amount", "" for none
	}{
		{"fr this military aid", "fr", "Titre\n\nLa Chine va livrer de nouveaux équipements militaires à la Mauritanie, a annoncé l'ambassadeur lundi. Le diplomate a chiffré cette aide militaire à 7 millions de dollars.", "CN>MR aide militaire 7e+06"},
		{"en this aid", "en", "Title\n\nThe United States will give military aid to the Lebanese army, the embassy said. This aid is worth $12 million, officials said.", "US>LB aid 1.2e+07"},
		{"es this aid", "es", "Título\n\nEspaña entregará material militar a Mauritania, anunció el ministerio. Esta ayuda asciende a 7 millones de euros, según fuentes oficiales.", "ES>MR ayuda 7e+06"},
		{"ar the earlier aid takes the amount", "ar", "عنوان\n\nأعلنت فرنسا أنها ستقدم مساعدات عسكرية إلى النيجر. وتبلغ قيمة هذه المساعدات 7 ملايين دولار.", "FR>NE مساعدات عسكرية 7e+06"},
		{"en humanitarian aid", "en", "Title\n\nThe United States will send relief supplies to Lebanon, the embassy said. This humanitarian aid is worth $12 million, officials said.", ""},
		{"en a state in the sentence", "en", "Title\n\nThe United States will give military aid to the Lebanese army, the embassy said. This aid is worth $12 million, Jordan said.", ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		cs, err := x.Candidates(&domain.Document{Source: t.Name(), Language: tc.lang, Text: tc.text, Published: "2024-05-03"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, c := range cs {
			f := c.Fact
			if f.Type == domain.TypeAssistance && f.Value != nil && f.Provider != nil && f.Recipient != nil && f.Program != nil {
				got = f.Provider.String() + ">" + f.Recipient.String() + " " + f.Program.Name + " " + formatG(f.Value.Amount)
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func formatG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
