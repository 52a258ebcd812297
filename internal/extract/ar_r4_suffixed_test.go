package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4Suffixed: Arabic verbal nouns of buying and getting with the
// pronoun of the state named before them ("شرائها", "اقتنائه", "حصولها
// على") are cues like "شراء" and "حصلت على" (lang_ar.tsv); denied, they
// state nothing. Sentences written for this test.
func TestArR4Suffixed(t *testing.T) {
	checkFacts(t, []factCase{
		{"sanctions for its purchase", "ar", "2024-05-12",
			"فرضت الولايات المتحدة عقوبات على تركيا بسبب شرائها منظومة إس 400 من روسيا.",
			[]string{"transfer RU>TR s-400 ordered y=2024"}},
		{"announced its getting", "ar", "2024-05-12",
			"أعلنت الكويت حصولها على 28 مروحية كاراكال من فرنسا.",
			[]string{"transfer FR>KW h225m q=28 delivered y=2024"}},
		{"denied its getting", "ar", "2024-05-12",
			"نفى الجيش السوداني حصوله على طائرات كا 8 من مصر.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
