package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDealCountApart: a delivery of a first unit and a count told with the
// deal in another sentence are two events, the delivery and the order; a
// last delivery or a count without a deal word still folds. Sentences
// written for this test.
func TestDealCountApart(t *testing.T) {
	tests := []factCase{
		{"ar first unit arrived, deal of two", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية فرقاطة فريم إيطالية اشترتها البحرية المصرية. وتشمل صفقة السلاح بين مصر وإيطاليا فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm delivered y=2020", "transfer IT>EG fremm q=2 ordered"}},
		{"ar last batch keeps the count", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية آخر فرقاطة فريم إيطالية اشترتها البحرية المصرية، وهي الأخيرة. وتشمل صفقة السلاح بين مصر وإيطاليا فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm q=2 delivered y=2020"}},
		{"ar no deal word folds", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية فرقاطة فريم إيطالية اشترتها البحرية المصرية. وستحصل مصر على فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm q=2 delivered y=2020"}},
		{"en deal count already ordered", "en", "2025-02-10",
			"Algeria has received its first Su-57 fighter from Russia. The deal with Russia covers 12 Su-57 jets, according to the manufacturer.",
			[]string{"transfer RU>DZ su-57 delivered y=2025", "transfer RU>DZ su-57 q=12 ordered y=2025"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
