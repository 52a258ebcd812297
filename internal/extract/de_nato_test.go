package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeNatoSpelling: German news write the alliance "Nato"
// (named.tsv alias). Sentences written for this test.
func TestDeNatoSpelling(t *testing.T) {
	tests := []factCase{
		{"joined the Nato", "de", "2024-03-07",
			"Schweden ist offiziell der Nato beigetreten.",
			[]string{"membership SE nato y=2024"}},
		{"the Nato exercise", "de", "2024-03-07",
			"Die Nato-Übung „Steadfast Defender“ hat mit Soldaten aus Polen und Deutschland begonnen.",
			[]string{"exercise PL+DE Steadfast Defender y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
