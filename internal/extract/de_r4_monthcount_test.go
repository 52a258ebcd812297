package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeMonthThenCount: a number right after a month's name counts in
// German, which writes the day first (de_r4_monthcount.go). Sentences
// written for this test.
func TestDeMonthThenCount(t *testing.T) {
	tests := []factCase{
		{"month then a count", "de", "2024-05-20",
			"Deutschland hat im Mai 14 Leopard-2-Panzer an Polen geliefert.",
			[]string{"transfer DE>PL leopard-2 q=14 delivered y=2024"}},
		{"the day before the month", "de", "2024-05-20",
			"Am 14. Mai lieferte Deutschland 20 Leopard-2-Panzer an Polen.",
			[]string{"transfer DE>PL leopard-2 q=20 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
