package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4NegationScope: a negation in a clause that a semicolon or an
// opening "but" sets apart denies that clause only (en_r4_negscope.go);
// a negation in the system's own clause still drops it. Sentences written
// for this test.
func TestEnR4NegationScope(t *testing.T) {
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
