package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeTypeNames: a short name given as the type of a generic word, or
// as the first part of a compound with it, is the system of that category
// whose aliases hold the name (de_typenames.go). Sentences written for
// this test.
func TestDeTypeNames(t *testing.T) {
	tests := []factCase{
		{"vom Typ", "de", "2023-01-06",
			"Die USA haben der Ukraine 50 Schützenpanzer vom Typ Bradley geliefert.",
			[]string{"transfer US>UA m2-bradley q=50 delivered y=2023"}},
		{"a compound", "de", "2023-01-06",
			"Deutschland hat Algerien 54 Fuchs-Panzer geliefert.",
			[]string{"transfer DE>DZ fuchs q=54 delivered y=2023"}},
		{"des Typs, another category", "de", "2023-01-06",
			"Die USA haben Deutschland acht Seefernaufklärer des Typs Poseidon geliefert.",
			[]string{"transfer US>DE p-8-poseidon q=8 delivered y=2023"}},
		{"a name no system of the category has", "de", "2023-01-06",
			"Die USA haben der Ukraine 50 Schützenpanzer vom Typ Polarstern geliefert.",
			[]string{"transfer US>UA cat:armoured-vehicles q=50 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
