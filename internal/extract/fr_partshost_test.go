package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFrPartsHost: a system named as what parts are for is not traded
// (fr_partshost.go).
func TestFrPartsHost(t *testing.T) {
	tests := []factCase{
		{"fr: radios destinées aux chars", "fr", "",
			"Le Canada a livré à l'Ukraine des radios destinées aux chars Leopard 2.",
			nil},
		{"fr: pièces de rechange pour les chars", "fr", "",
			"Le Canada a fourni à l'Ukraine des pièces de rechange pour les chars Leopard 2.",
			nil},
		{"fr: tanks destined to brigades are traded", "fr", "",
			"Le Canada a livré à l'Ukraine huit chars Leopard 2 destinés aux brigades ukrainiennes.",
			[]string{"transfer CA>UA leopard-2 q=8 delivered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
