package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArOfferIsNoDeal: an offer ("عرض مغر") or a shown interest
// ("اهتماما") names no transfer (lang_ar.tsv, hypothetical); a delivery
// in the same words stays. Sentences written for this test.
func TestArOfferIsNoDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{"an attractive offer", "ar", "2021-06-01",
			"قدمت باكستان عرضا مغريا لمصر بشأن مقاتلات جيه إف-17.",
			nil},
		{"interest shown", "ar", "2021-06-01",
			"لمس الجانب الباكستاني اهتماما مصريا بمقاتلات جيه إف-17.",
			nil},
		{"a delivery stays", "ar", "2021-06-01",
			"تسلمت نيجيريا من باكستان ثلاث مقاتلات جيه إف-17.",
			[]string{"transfer PK>NG jf-17 q=3 delivered y=2021"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArQuotedAfterNoun: a name in quotes after a category noun of the
// catalogue's aliases is that system (ar_quoted.go). Sentences written for
// this test.
func TestArQuotedAfterNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{"guns, quoted name", "ar", "2022-06-01",
			"تسلمت القوات المسلحة المغربية من فرنسا مدافع \"قيصر\" الذاتية الحركة.",
			[]string{"transfer FR>MA caesar delivered y=2022"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
