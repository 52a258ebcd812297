package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestSignedLOAIsNoNotice: news of a signed letter of offer and acceptance
// is an order; "letter of offer" alone still marks a notice. Sentences
// written for this test.
func TestSignedLOAIsNoNotice(t *testing.T) {
	tests := []factCase{
		{"signed LOA is ordered", "en", "2024-03-01",
			"Romania signed a letter of offer and acceptance with the United States for 54 M1A2 Abrams tanks.",
			[]string{"transfer US>RO m1-abrams q=54 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
