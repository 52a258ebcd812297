package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeReexport: the holder that asks or is allowed to pass arms on to a
// third state gives them, not the maker's state (de_reexport.go).
// Sentences written for this test.
func TestDeReexport(t *testing.T) {
	tests := []factCase{
		{"allowed to pass on", "de", "2023-01-20",
			"Die Bundesregierung hat Polen die Weitergabe von 14 Leopard-2-Panzern an die Ukraine genehmigt.",
			[]string{"transfer PL>UA leopard-2 q=14 approved y=2023"}},
		{"asks for permission", "de", "2023-01-20",
			"Finnland hat die Genehmigung für die Lieferung von 3 Kampfpanzern vom Typ Leopard 2 an die Ukraine beantragt.",
			[]string{"transfer FI>UA leopard-2 q=3 requested y=2023"}},
		{"an export the maker's state approves is its own", "de", "2023-01-20",
			"Die Bundesregierung hat die Lieferung von 178 Kampfpanzern vom Typ Leopard 1 an die Ukraine genehmigt.",
			[]string{"transfer DE>UA leopard-1 q=178 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
