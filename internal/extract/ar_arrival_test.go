package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArArrival: a delivery counted within an order ("ضمن طلبية تضم 28
// طائرة") gives the order too (ar_dealtotal.go).
// Sentences written for this test.
func TestArArrival(t *testing.T) {
	checkFacts(t, []factCase{
		{"a delivery within an order", "ar", "2021-12-12",
			"وتسلمت الكويت من إيطاليا طائرتين يوروفايتر ضمن طلبية تضم 28 طائرة.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer IT>KW eurofighter-typhoon q=28 ordered"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
