package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArMediaArticle: the article of a French or Italian outlet's name in
// Arabic letters ("لا تريبيون", "لو فيغارو") is no negation and no "if"
// (ar_medianame.go); a real "لا" still negates. Sentences written for this
// test.
func TestArMediaArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{"La Tribune reports a contract", "ar", "2025-02-16",
			"وذكرت صحيفة \"لا تريبيون\" الفرنسية أن الرباط وقعت مع المجموعة الإسرائيلية عقدا لتسليم 36 مدفعا من طراز أتموس 2000.",
			[]string{"transfer IL>MA atmos q=36 ordered y=2025"}},
		{"Le Figaro reports a delivery", "ar", "2025-02-16",
			"وقالت صحيفة لو فيغارو إن مصر تسلمت من فرنسا ست مقاتلات رافال.",
			[]string{"transfer FR>EG rafale q=6 delivered y=2025"}},
		{"a real negation", "ar", "2025-02-16",
			"قال الوزير إن المغرب لا يشتري مدافع أتموس من إسرائيل.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
