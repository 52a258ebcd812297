package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeClauseSubject: a German state after a bare comma that is the
// subject of the verb right after it opens a clause of its own; it is no
// member of a list of recipients with the state before the comma
// (de_clauses.go). Sentences written for this test.
func TestDeClauseSubject(t *testing.T) {
	tests := []factCase{
		{"two clauses, each with its recipient", "de", "2005-11-19",
			"Leopard-2-Panzer gehen an die Türkei, Israel bekommt zwei U-Boote.",
			[]string{"transfer DE>TR leopard-2 ordered y=2005", "transfer DE>IL cat:ships q=2 ordered y=2005"}},
		{"two clauses, the maker's state named first", "de", "2023-05-03",
			"Frankreich liefert Rafale an Indien, Ägypten bekommt Korvetten.",
			[]string{"transfer FR>IN rafale delivered y=2023", "transfer FR>EG cat:ships delivered y=2023"}},
		{"a list of recipients stays a list", "de", "2023-05-03",
			"Deutschland liefert 10 Kampfpanzer Leopard 2 an Polen, Tschechien und die Slowakei.",
			[]string{"transfer DE>PL leopard-2 q=10 delivered y=2023", "transfer DE>CZ leopard-2 q=10 delivered y=2023", "transfer DE>SK leopard-2 q=10 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
