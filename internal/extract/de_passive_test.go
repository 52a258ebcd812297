package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDePassiveReceiver: a German state first in its clause before
// "wurde"/"wurden", in a clause that gives or approves, is the one given
// to (de_passive.go). Sentences written for this test.
func TestDePassiveReceiver(t *testing.T) {
	tests := []factCase{
		{"a bare dative before the passive", "de", "2024-03-03",
			"Griechenland wurden 40 Marder zugesagt.",
			[]string{"transfer DE>GR marder q=40 approved y=2024"}},
		{"the subject of a passive of supplying", "de", "2024-03-03",
			"Polen wurde im Mai von den USA mit 96 Apache beliefert.",
			[]string{"transfer US>PL ah-64-apache q=96 delivered y=2024"}},
		{"a dative with its article", "de", "2024-03-03",
			"Der Ukraine wurden drei Systeme IRIS-T SLM übergeben.",
			[]string{"transfer DE>UA iris-t-slm q=3 delivered y=2024"}},
		{"a feminine subject with its article", "de", "2024-03-03",
			"Die Ukraine wurde im Mai mit 40 Marder beliefert.",
			[]string{"transfer DE>UA marder q=40 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
