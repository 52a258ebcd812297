package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeDecimalCommaClause: the comma inside a number ("1,3 Milliarden")
// ends no clause (all_r4_decimalcomma.go), so the giver before a bare
// dative keeps its verb after the amount. Sentences written for this test.
func TestDeDecimalCommaClause(t *testing.T) {
	tests := []factCase{
		{"decimal comma in an aid amount", "de", "2024-05-12",
			"Die USA haben Ägypten Militärhilfe in Höhe von 1,3 Milliarden Dollar zugesagt.",
			[]string{"assistance US>EG  USD=1300000000"}},
		{"gewähren gives aid to a bare dative", "de", "2024-05-12",
			"Deutschland gewährte Jordanien Militärhilfe in Höhe von 20 Millionen Euro.",
			[]string{"assistance DE>JO  EUR=20000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
