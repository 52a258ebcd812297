package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeReportedSpeech: the subjunctive of reported speech ("liefere",
// "kaufe", "bestelle", "übergebe") is a stage word as the indicative is
// (lang_de.tsv). Sentences written for this test.
func TestDeReportedSpeech(t *testing.T) {
	tests := []factCase{
		{"liefere: delivered, the subject gives", "de", "2022-07-01",
			"Deutschland liefere der Ukraine 30 Flugabwehrpanzer vom Typ Gepard, sagte ein Sprecher.",
			[]string{"transfer DE>UA gepard q=30 delivered y=2022"}},
		{"kaufe: ordered", "de", "2022-07-01",
			"Ägypten kaufe 24 Kampfjets vom Typ Rafale, berichtete die Zeitung.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2022"}},
		{"bestelle: ordered", "de", "2022-07-01",
			"Polen bestelle 250 Kampfpanzer vom Typ Abrams, sagte der Minister.",
			[]string{"transfer US>PL m1-abrams q=250 ordered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
