package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4OrderFrom: a firm that received or won an order or a contract
// "from" a state sells to that state (en_r4_orderfrom.go; lexicon
// stage-ordered "received an order", "won a contract"); a buyer's "order
// from" a state still names the seller. Sentences written for this test.
func TestEnR4OrderFrom(t *testing.T) {
	tests := []factCase{
		{"a firm received an order from", "en", "2024-05-12",
			"Saab has received an order from Thailand for two more Gripen fighters.",
			[]string{"transfer SE>TH gripen q=2 ordered y=2024"}},
		{"a firm won a contract from", "en", "2024-05-12",
			"Naval Group won a contract from Brazil for four Scorpene submarines.",
			[]string{"transfer FR>BR scorpene q=4 ordered y=2024"}},
		{"a buyer's order from names the seller", "en", "2024-05-12",
			"Egypt placed an order from France for 30 Rafale jets.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
