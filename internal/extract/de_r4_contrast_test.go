package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeContrastAfterNegation: a German negation denies what comes before
// a word of contrast ("aber", "sondern", "wohl aber"), not the system after
// it (all_negation_scope.go). Sentences written for this test.
func TestDeContrastAfterNegation(t *testing.T) {
	tests := []factCase{
		{"keine X, aber Y", "de", "2024-05-12",
			"Deutschland liefert der Ukraine keine Taurus, aber drei weitere Patriot-Systeme.",
			[]string{"transfer DE>UA mim-104-patriot q=3 delivered y=2024"}},
		{"keine X, wohl aber Y", "de", "2024-05-12",
			"Die Ukraine bekommt keine Taurus, wohl aber drei weitere Patriot-Systeme aus Deutschland.",
			[]string{"transfer DE>UA mim-104-patriot q=3 ordered y=2024"}},
		{"both denied", "de", "2024-05-12",
			"Deutschland liefert der Ukraine keine Taurus, aber auch keine Patriot-Systeme.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
