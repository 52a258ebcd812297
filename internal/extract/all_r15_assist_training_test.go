package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR15TrainingAid: military training one state gives another's
// soldiers is assistance, in German and English (all_r15_assist_training.go).
// The candidates are read before the model's threshold. Sentences written
// for this test.
func TestR15TrainingAid(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             string // "PROV>REC program", "" for none
	}{
		{"de perfect", "de", "Deutschland hat im vergangenen Monat 40 mongolische Soldaten ausgebildet.", "DE>MN Ausbildung"},
		{"de Bundeswehr separable verb", "de", "Die Bundeswehr bildet in Brandenburg ukrainische Soldaten an Flugabwehrsystemen aus.", "DE>UA Ausbildung"},
		{"en instructors", "en", "British instructors trained thousands of Ukrainian recruits last year.", "GB>UA training"},
		{"en training by", "en", "The training of Ukrainian pilots by Denmark began in August.", "DK>UA training"},
		{"en trainees of a state", "en", "Last year the United States trained 300 soldiers of Niger.", "US>NE training"},
		{"en training sold with jets", "en", "The contract with France covers 24 Rafale jets, spare parts and the training of Egyptian pilots.", ""},
		{"en own pilots abroad", "en", "Poland has already ordered 32 F-35 jets; its pilots are training in the United States.", ""},
		{"de no trainees", "de", "Die beiden Länder bilden eine gemeinsame Arbeitsgruppe.", ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		got := r15AssistGiven(t, x, tc.lang, tc.text)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// r15AssistGiven returns the last assistance candidate of text with a
// provider, a recipient and a programme, "PROV>REC programme", or "".
func r15AssistGiven(t *testing.T, x *Extractor, lang, text string) string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: t.Name(), Language: lang, Text: text, Published: "2024-05-03"})
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
	return got
}
