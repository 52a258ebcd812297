package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeR4Givers: the subject of a split giving verb ("stellt ... zur
// Verfügung", roles.go via de_r4_splitverbs.go) and a state's government
// named with its demonym ("die australische Regierung", official in
// lang_de.tsv) give, not the system's maker; "stellten ... bereit" and
// "zahlt ... für" are stages. Sentences written for this test.
func TestDeR4Givers(t *testing.T) {
	tests := []factCase{
		{"split giving verb, second-hand", "de", "2024-05-12",
			"Australien stellt der Ukraine 49 Abrams-Panzer zur Verfügung.",
			[]string{"transfer AU>UA m1-abrams q=49 approved y=2024"}},
		{"a government by its demonym", "de", "2024-05-12",
			"Die australische Regierung stellt der Ukraine 49 Abrams-Panzer zur Verfügung.",
			[]string{"transfer AU>UA m1-abrams q=49 approved y=2024"}},
		{"stellten bereit, two givers", "de", "2024-05-12",
			"Spanien und Portugal stellten der Ukraine zusammen zehn Leopard 2 bereit.",
			[]string{"transfer PT>UA leopard-2 q=10 delivered y=2024", "transfer ES>UA leopard-2 q=10 delivered y=2024"}},
		{"pays for", "de", "2024-05-12",
			"Die Schweiz zahlt 6 Mrd. Franken für 36 F-35A aus den USA.",
			[]string{"transfer US>CH f-35 q=36 CHF=6000000000 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
