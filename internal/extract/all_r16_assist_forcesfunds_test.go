package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR16ForcesFunds: an amount a state gives another state's armed
// forces with a verb of giving money and no word for aid is a candidate
// assistance fact (all_r16_assist_forcesfunds.go). Sentences written for
// this test.
func TestR16ForcesFunds(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             string // "PROV>REC program", "" for none
	}{
		{"es contribute to the forces", "es", "Ayuda\n\nEl ministro informó de que China contribuirá con hasta ocho millones de dólares a mejorar la logística de las Fuerzas Armadas bolivianas. Otra frase aquí.", "CN>BO ayuda militar"},
		{"fr released for the forces", "fr", "Titre\n\nLa France a débloqué 5 millions d'euros pour les forces armées nigériennes. Une autre phrase.", "FR>NE aide militaire"},
		{"en provided to the army", "en", "Title\n\nJapan provided $12 million to the Philippine army last year. Another sentence.", "JP>PH military aid"},
		{"de made available for the forces", "de", "Titel\n\nDeutschland hat 20 Millionen Euro für die nigrischen Streitkräfte bereitgestellt. Ein weiterer Satz.", "DE>NE Militärhilfe"},
		{"fr equipment with a value: a transfer", "fr", "Titre\n\nLa France a offert des véhicules blindés d'une valeur de 5 millions d'euros aux forces armées nigériennes. Une autre phrase.", ""},
		{"en two givers", "en", "Title\n\nJapan and South Korea provided $12 million to the Philippine army last year. Another sentence.", ""},
		{"en no forces", "en", "Title\n\nJapan provided $12 million to the Philippines last year. Another sentence.", ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		got := r15AssistGiven(t, x, tc.lang, tc.text)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// a document that names an aid programme: its rules read the amount
	text := "Title\n\nJapan provided $12 million to the Philippine army last year. The money came under the Official Security Assistance framework."
	if anyCandidate(t, x, "en", text, "2024-05-03", func(k Candidate) bool {
		return k.Fact.Type == domain.TypeAssistance && k.Fact.Program != nil && k.Fact.Program.Name == "military aid"
	}) {
		t.Errorf("programme named: unnamed military aid read too")
	}
}
