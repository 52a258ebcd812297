package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeOrderAus: an order "aus" a state comes from the buyer; goods "aus"
// a state come from the seller (de_orderaus.go). Sentences written for
// this test.
func TestDeOrderAus(t *testing.T) {
	tests := []factCase{
		{"received an order from a state", "de", "2022-06-20",
			"Der Rüstungskonzern Saab erhielt aus Litauen einen Auftrag über 40 Panzerabwehrwaffen vom Typ Carl Gustaf.",
			[]string{"transfer SE>LT carl-gustaf q=40 ordered y=2022"}},
		{"goods from a state", "de", "2022-06-20",
			"Die Ukraine erhielt 14 Kampfpanzer vom Typ Leopard 2 aus Deutschland.",
			[]string{"transfer DE>UA leopard-2 q=14 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
