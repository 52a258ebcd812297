package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeDavon: an export total and one buyer's share after "davon": the
// share is the pair's aggregate, the total no pair's (de_davon.go).
// Sentences written for this test.
func TestDeDavon(t *testing.T) {
	tests := []factCase{
		{"the share named after the total", "de", "2024-03-03",
			"Deutschland hat 2023 Rüstungsexporte im Wert von 12,2 Milliarden Euro genehmigt, davon 4,4 Milliarden Euro für die Ukraine.",
			[]string{"aggregate DE>UA EUR=4400000000"}},
		{"the government names the exporter", "de", "2024-03-03",
			"Die Bundesregierung hat im vergangenen Jahr Exporte für 8,4 Milliarden Euro genehmigt, davon gingen 2,2 Milliarden Euro an Ungarn.",
			[]string{"aggregate DE>HU EUR=2200000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
