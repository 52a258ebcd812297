package extract

import (
	"testing"
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
		got := r15AssistGiven(t, x, tc.lang, tc.text)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
