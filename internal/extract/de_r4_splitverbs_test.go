package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeSplitVerbs: a German separable verb split by its objects, the
// particle closing the clause, is the cue the lexicon lists joined
// ("stimmte zu", "trat bei", "stellt zur Verfügung"; de_r4_splitverbs.go);
// NATO as German papers print it, "Nato" (named.tsv). Sentences written
// for this test.
func TestDeSplitVerbs(t *testing.T) {
	tests := []factCase{
		{"joined, split verb", "de", "2024-05-12",
			"Finnland trat im April 2023 der NATO bei.",
			[]string{"membership FI nato y=2023"}},
		{"Nato as a word", "de", "2024-05-12",
			"Schweden ist seit März 2024 Mitglied der Nato.",
			[]string{"membership SE nato y=2024"}},
		{"lower case nato stays a word", "de", "2024-05-12",
			"Schweden ist seit März 2024 Mitglied der nato.",
			nil},
		{"approved, split verb", "de", "2024-05-12",
			"Die USA sagten der Ukraine im Mai drei weitere Patriot-Systeme zu.",
			[]string{"transfer US>UA mim-104-patriot q=3 approved y=2024"}},
		{"a pledge put at disposal", "de", "2024-05-12",
			"Deutschland stellt der Ukraine drei weitere Iris-T-SLM-Systeme zur Verfügung.",
			[]string{"transfer DE>UA iris-t-slm q=3 approved y=2024"}},
		{"arrived, split verb", "de", "2024-05-12",
			"Die ersten vier Leopard 2 aus Deutschland trafen im März in Tschechien ein.",
			[]string{"transfer DE>CZ leopard-2 q=4 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
