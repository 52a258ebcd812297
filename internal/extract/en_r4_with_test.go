package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4WithAfterObject: the state after "with" that follows a contract's
// object sells to the one that signs or orders (all_signs_with.go); a system
// several states build (NH90) has no origin to fall back on. Sentences
// written for this test.
func TestEnR4WithAfterObject(t *testing.T) {
	tests := []factCase{
		{"signed a deal for ... with", "en", "2024-05-12",
			"Qatar signed a deal for 12 NH90 helicopters with Italy's Leonardo.",
			[]string{"transfer IT>QA nh90 q=12 ordered y=2024"}},
		{"placed an order for ... with", "en", "2024-05-12",
			"Qatar placed an order for 12 NH90 helicopters with Italy.",
			[]string{"transfer IT>QA nh90 q=12 ordered y=2024"}},
		{"a comma breaks the tie", "en", "2024-05-12",
			"Qatar signed a deal for 12 NH90 helicopters, with talks with Italy still under way.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
