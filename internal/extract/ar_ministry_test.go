package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArMinistrySupplier: a sale approved by a ministry named without its
// state, the buyer right after the verbal noun "بيع" (ar_ministry.go).
// Sentences written for this test.
func TestArMinistrySupplier(t *testing.T) {
	checkFacts(t, []factCase{
		{"the ministry alone, the buyer after بيع", "ar", "2019-05-02",
			"وافقت الخارجية الأمريكية على بيع مصر 8 مروحيات بلاك هوك. كما وافقت الخارجية على بيع القاهرة ذخائر بكلفة 50 مليون دولار.",
			[]string{"transfer US>EG uh-60-black-hawk q=8 approved y=2019", "transfer US>EG cat:ammunition USD=50000000 approved y=2019"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
