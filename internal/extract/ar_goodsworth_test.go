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

// TestArOutOf: "من أصل 24" (out of 24) is no designation; the count
// before it is the delivery's (designations.go, lang_ar.tsv). A sentence
// written for this test.
func TestArOutOf(t *testing.T) {
	checkFacts(t, []factCase{
		{"three out of 24", "ar", "2016-01-28",
			"تسلمت قطر أمس أول أربع مقاتلات من أصل 24 طائرة رافال اشترتها من فرنسا.",
			[]string{"transfer FR>QA rafale q=4 delivered y=2016", "transfer FR>QA rafale q=24 ordered"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
