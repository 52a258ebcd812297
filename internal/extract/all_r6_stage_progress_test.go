package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestLaterOrder: a request or an approval followed by "and" an order in
// one sentence is ordered, the most advanced stage; a purchase in a clause
// of a plan is not. Sentences written for this test.
func TestLaterOrder(t *testing.T) {
	tests := []factCase{
		{"requested and signed", "en", "2024-03-01",
			"Croatia requested 12 Rafale jets from France and signed the contract in 2021.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2021"}},
		{"demandé et commandé", "fr", "2024-03-01",
			"La Croatie a demandé 12 Rafale à la France et les a commandés en 2021.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2021"}},
		{"request alone", "en", "2024-03-01",
			"Croatia requested 12 Rafale jets from France.",
			[]string{"transfer FR>HR rafale q=12 requested y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
