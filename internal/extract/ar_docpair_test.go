package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArDocPairTotal: a total whose sentence names no state takes the
// document's pair when it points at the deal the document told of
// (ar_docpair.go). Sentences written for this test.
func TestArDocPairTotal(t *testing.T) {
	checkFacts(t, []factCase{
		{"the deal's value covering more items", "ar", "2015-03-01",
			"وقعت مصر عقدا مع فرنسا لشراء 24 مقاتلة رافال. وبلغت قيمة الصفقة خمسة مليارات يورو، وشملت كذلك صواريخ.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2015", "aggregate FR>EG EUR=5000000000"}},
		{"no pointer to the pair: no aggregate", "ar", "2015-03-01",
			"وقعت مصر عقدا مع فرنسا لشراء 24 مقاتلة رافال. وبلغت ميزانية الدفاع خمسة مليارات يورو.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2015"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
