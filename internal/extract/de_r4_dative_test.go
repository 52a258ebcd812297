package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeDativePlural: a system's name in a German dative plural, -er + n,
// is the system ("von 12 Eurofightern", de_r4_dative.go); compounds of
// howitzers are artillery (generic.tsv). Sentences written for this test.
func TestDeDativePlural(t *testing.T) {
	tests := []factCase{
		{"dative plural after von", "de", "2024-05-12",
			"Die Bundesregierung genehmigte die Lieferung von 12 Eurofightern an die Türkei.",
			[]string{"transfer DE>TR eurofighter-typhoon q=12 approved y=2024"}},
		{"a wheeled howitzer", "de", "2024-05-12",
			"Deutschland hat der Ukraine im April 12 Radhaubitzen geliefert.",
			[]string{"transfer DE>UA cat:artillery q=12 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
