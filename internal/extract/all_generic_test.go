package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestGenericBigCount: munitions counted by the hundred thousand keep
// their count; a system never takes such a number (all_generic.go).
// Sentences written for this test.
func TestGenericBigCount(t *testing.T) {
	tests := []factCase{
		{"en shells by the hundred thousand", "en", "2024-05-03",
			"Britain has sent 200,000 artillery rounds to Ukraine.",
			[]string{"transfer GB>UA ammunition q=200000 delivered"}},
		{"en space as thousands separator", "en", "2024-05-03",
			"Iran has shipped 300 000 artillery shells to Russia, officials said.",
			[]string{"transfer IR>RU ammunition q=300000 delivered"}},
		{"fr obus", "fr", "2024-05-03",
			"La France a livré 150 000 obus à l'Ukraine.",
			[]string{"transfer FR>UA ammunition q=150000 delivered"}},
		{"de Munition", "de", "2024-05-03",
			"Deutschland hat der Ukraine 250.000 Schuss Munition geliefert.",
			[]string{"transfer DE>UA ammunition q=250000 delivered"}},
		{"ar thousands in words", "ar", "2024-05-03",
			"وسلمت ألمانيا أوكرانيا 200 ألف قذيفة مدفعية الشهر الماضي.",
			[]string{"transfer DE>UA ammunition q=200000 delivered"}},
		// a generic system left uncounted is no fact on its own
		{"a system takes no such count", "en", "2024-05-03",
			"Britain has sent 200,000 howitzers to Ukraine.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer || f.System == nil {
			return "", false
		}
		return f.Type + " " + f.Supplier.String() + ">" + f.Recipient.String() + " " + f.System.Category + " q=" + itoa(f.Quantity) + " " + f.Stage, true
	})
}
