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

// TestFirstOfReceived: "the first of N ordered" told with the buyer's word
// for receiving is a delivery and an order. Sentences written for this
// test.
func TestFirstOfReceived(t *testing.T) {
	tests := []factCase{
		{"de übernommen: first of 18 ordered", "de", "2022-09-01",
			"Das Bundesheer hat den ersten von 18 bestellten AW169 aus Italien übernommen.",
			[]string{"transfer IT>AT aw169 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"en initially ordered whole", "en", "2022-09-01",
			"Austria took delivery of the first of an initially planned 18 AW169 helicopters from Italy.",
			[]string{"transfer IT>AT aw169 q=1 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"de zunächst: the whole as first ordered", "de", "2022-09-01",
			"Das Bundesheer hat den ersten von zunächst 18 bestellten AW169 aus Italien übernommen.",
			[]string{"transfer IT>AT aw169 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"es recibió: already two events", "es", "2023-03-01",
			"Chile recibió el primero de los 12 helicópteros Black Hawk encargados a Estados Unidos.",
			[]string{"transfer US>CL uh-60-black-hawk q=1 delivered y=2023", "transfer US>CL uh-60-black-hawk q=12 ordered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
