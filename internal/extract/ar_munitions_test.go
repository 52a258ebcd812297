package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArMunitionWords: rounds for a weapon ("قذائف دبابات", tank rounds;
// "قذيفة هاون", a mortar round; "طلقة", a round) are ammunition, not the
// weapon (generic.tsv rows). Sentences written for this test.
func TestArMunitionWords(t *testing.T) {
	checkFacts(t, []factCase{
		{"tank rounds are ammunition, not tanks", "ar", "2024-08-14",
			"ووافقت الولايات المتحدة على بيع إسرائيل 33 ألف قذيفة دبابات.",
			[]string{"transfer US>IL cat:ammunition q=33000 approved y=2024"}},
		{"mortar rounds are ammunition, not mortars", "ar", "2016-03-01",
			"ووافقت الولايات المتحدة على بيع إسرائيل 50 ألف قذيفة هاون.",
			[]string{"transfer US>IL cat:ammunition q=50000 approved y=2016"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArIndefiniteGermanDemonym: "ألمانية" (German, with no article) names
// Germany as "الألمانية" does: the article-stripping normaliser turns the
// initial "أل" of ألمانية into an article, so the indefinite forms are rows
// of their own (country_names.tsv). Sentences written for this test.
func TestArIndefiniteGermanDemonym(t *testing.T) {
	checkFacts(t, []factCase{
		{"German submarines, no article", "ar", "2016-12-01",
			"واقتنت مصر أربع غواصات ألمانية من طراز 209.",
			[]string{"transfer DE>EG cat:ships q=4 ordered y=2016"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
