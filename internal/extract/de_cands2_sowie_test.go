package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeSowieCountedItem: after a named system, "sowie" with a count opens
// the next item of the list, while "sowie" without one, or "samt", still
// adds parts of the named system. Sentences written for this test.
func TestDeSowieCountedItem(t *testing.T) {
	tests := []factCase{
		{"sowie N generic", "de", "2023-05-03",
			"Die Ukraine bekam aus Deutschland neun Leopard 2 sowie 7390 Granaten.",
			[]string{"transfer DE>UA leopard-2 q=9 delivered y=2023", "transfer DE>UA cat:ammunition q=7390 delivered y=2023"}},
		{"sowie N adjective generic", "de", "2023-05-03",
			"Polen erhielt aus Deutschland 14 Leopard 2 sowie 40 ältere Schützenpanzer.",
			[]string{"transfer DE>PL leopard-2 q=14 delivered y=2023", "transfer DE>PL cat:armoured-vehicles q=40 delivered y=2023"}},
		{"sowie parts", "de", "2023-05-03",
			"Die Ukraine bekam aus Deutschland neun Leopard 2 sowie Ersatzteile.",
			[]string{"transfer DE>UA leopard-2 q=9 delivered y=2023"}},
		{"samt N", "de", "2023-05-03",
			"Die Ukraine bekam aus Deutschland neun Leopard 2 samt 7390 Granaten.",
			[]string{"transfer DE>UA leopard-2 q=9 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
