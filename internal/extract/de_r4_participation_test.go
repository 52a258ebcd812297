package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeParticipation: German verbs of taking part, split or not
// ("beteiligen sich", "nahmen ... teil"), exercise acronyms printed as
// words ("Baltops", named.tsv), the Bundeswehr standing for Germany
// (country_names.tsv); taking part in a NATO exercise is no membership;
// "gab ... ab" hands over, "gibt ... weiter" pledges (lang_de.tsv).
// Sentences written for this test.
func TestDeParticipation(t *testing.T) {
	tests := []factCase{
		{"beteiligen sich, Baltops as a word", "de", "2024-06-10",
			"Am Manöver Baltops 2024 beteiligen sich Schiffe aus Deutschland, Schweden und Finnland.",
			[]string{"exercise DE+SE+FI BALTOPS y=2024"}},
		{"the Bundeswehr takes part, no membership", "de", "2024-02-10",
			"Die Bundeswehr nimmt mit 12000 Soldaten an der Nato-Übung Steadfast Defender teil.",
			[]string{"exercise DE Steadfast Defender y=2024"}},
		{"gab ab hands over", "de", "2024-05-12",
			"Die Slowakei gab 13 MiG-29 an die Ukraine ab.",
			[]string{"transfer SK>UA mig-29 q=13 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
