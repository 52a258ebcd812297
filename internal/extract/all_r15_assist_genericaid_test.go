package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR15GenericAid: military aid named generically, with the giver's
// adjective and no amount, is a candidate assistance fact
// (all_r15_assist_genericaid.go). Sentences written for this test.
func TestR15GenericAid(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             string // "PROV>REC program", "" for none
	}{
		{"es demonym after", "es", "Los fusiles llegaron en el marco de la ayuda militar estadounidense al ejército de Colombia.", "US>CO ayuda militar"},
		{"de demonym before", "de", "Die Gewehre kamen im Rahmen der amerikanischen Militärhilfe für die libanesische Armee.", "US>LB Militärhilfe"},
		{"fr programmes of aid read forwards", "fr", "Les fusils sont arrivés dans le cadre des programmes américains d'aide à la sécurité au Cameroun.", "US>CM aide à la sécurité"},
		{"es civil aid", "es", "La ayuda humanitaria estadounidense llegó a Colombia.", ""},
		{"de two other states", "de", "Die amerikanische Militärhilfe für Israel und Ägypten bleibt umstritten.", ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-03"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, cand := range cs {
			c := cand.Fact
			if c.Type == domain.TypeAssistance && c.Provider != nil && c.Recipient != nil && c.Program != nil {
				got = c.Provider.String() + ">" + c.Recipient.String() + " " + c.Program.Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
