package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRoles2Anaphor: "das Land" that gets arms is the state named just
// before it (in the sentence, else the only one of the sentence before),
// not the buyer the document named first (de_roles2_anaphor.go).
// Sentences written for this test.
func TestDeRoles2Anaphor(t *testing.T) {
	tests := []factCase{
		{"antecedent in the same sentence, before a colon", "de", "2021-11-19",
			"Deutschland liefert 30 Leopard 2 an die Türkei. Nun folgt der Handel mit Israel: Zwei U-Boote vom Typ Dolphin soll das Land bekommen.",
			[]string{"transfer DE>TR leopard-2 q=30 delivered y=2021", "transfer DE>IL dolphin-class q=2 approved y=2021"}},
		{"antecedent in the sentence before", "de", "2021-11-19",
			"Deutschland liefert 30 Leopard 2 an die Türkei. Lange wurde mit Israel verhandelt. Zwei U-Boote vom Typ Dolphin soll das Land nun bekommen.",
			[]string{"transfer DE>TR leopard-2 q=30 delivered y=2021", "transfer DE>IL dolphin-class q=2 approved y=2021"}},
		{"two states before: the document's buyer stays", "de", "2021-11-19",
			"Deutschland liefert 30 Leopard 2 an die Türkei. Israel und Ägypten wollen mehr Waffen. Zwei U-Boote vom Typ Dolphin soll das Land nun bekommen.",
			[]string{"transfer DE>TR leopard-2 q=30 delivered y=2021", "transfer DE>TR dolphin-class q=2 approved y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
