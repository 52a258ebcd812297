package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestNegationScope: a negation in a clause that a semicolon or a word of
// contrast sets apart denies that clause only (all_negation_scope.go); a
// negation in the system's own clause still drops it. Sentences written
// for this test.
func TestNegationScope(t *testing.T) {
	tests := []factCase{
		{"semicolon", "en", "2024-05-12",
			"Brazil did not buy F-16s from the United States; it bought 36 Gripen jets from Sweden.",
			[]string{"transfer SE>BR gripen q=36 ordered y=2024"}},
		{"but", "en", "2024-05-12",
			"Morocco did not get the F-35, but bought 24 F-16s from the US.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024"}},
		{"the negated clause stays denied", "en", "2024-05-12",
			"Egypt has not received any F-35 jets from the United States.",
			nil},
		{"fr: mais", "fr", "2024-05-12",
			"Le Maroc n'a pas obtenu le F-35, mais a commandé 24 F-16 aux États-Unis.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024"}},
		{"es: sino", "es", "2024-05-12",
			"Colombia no compró los cazas a Estados Unidos, sino que adquirió 17 Gripen a Suecia.",
			[]string{"transfer SE>CO gripen q=17 ordered y=2024"}},
		{"ar: لكن", "ar", "2024-05-12",
			"لم يحصل المغرب على مقاتلات إف-35، لكنه اشترى 24 مقاتلة إف-16 من الولايات المتحدة.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnR4HalfDozen: "half a dozen" is six, not the dozen it ends with
// (lexicon number). Sentence written for this test.
func TestEnR4HalfDozen(t *testing.T) {
	tests := []factCase{
		{"half a dozen", "en", "2024-05-12",
			"Half a dozen Bayraktar TB2 drones were delivered to Niger by Turkey.",
			[]string{"transfer TR>NE bayraktar-tb2 q=6 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestContrastWords: the words that set a clause apart; Spanish "más"
// (more), which normalises to the old literary "mas" (but), is none:
// "no entregó más tanques" is one negated clause.
func TestContrastWords(t *testing.T) {
	checkWordKinds(t, []wordKindCase{
		{"en", "contrast", "but", true},
		{"fr", "contrast", "mais", true},
		{"es", "contrast", "pero", true},
		{"es", "contrast", "sino", true},
		{"es", "contrast", "más", false},
		{"es", "contrast", "mas", false},
		{"de", "contrast", "aber", true},
	})
}
