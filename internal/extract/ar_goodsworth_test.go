package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArGoodsIncluding: an amount for goods or a deal that lists several
// items after "يتضمن", "شملت كذلك" is the pair's aggregate, no one
// system's price (ar_goodsworth.go). Sentences written for this test.
func TestArGoodsIncluding(t *testing.T) {
	checkFacts(t, []factCase{
		{"equipment worth X including tanks and vehicles", "ar", "2019-03-01",
			"وافقت الولايات المتحدة على بيع الكويت عتادا عسكريا قيمته 900 مليون دولار، يتضمن 50 دبابة أبرامز و10 مدرعات.",
			[]string{"transfer US>KW m1-abrams q=50 approved y=2019", "transfer US>KW cat:armoured-vehicles q=10 approved y=2019", "aggregate US>KW USD=900000000"}},
		{"one system with its price stays the system's", "ar", "2019-03-01",
			"وافقت الولايات المتحدة على بيع الكويت 50 دبابة أبرامز بقيمة 900 مليون دولار.",
			[]string{"transfer US>KW m1-abrams q=50 USD=900000000 approved y=2019"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
