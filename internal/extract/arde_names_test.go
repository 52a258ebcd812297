package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestGermanCases(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Ägypten", []string{"Ägyptens"}},
		{"Saudi-Arabien", []string{"Saudi-Arabiens"}},
		{"Niederlande", []string{"Niederlanden"}},
		{"Türkei", nil},
		{"Schweiz", nil},
		{"USA", nil},
		{"Vereinigte Staaten", []string{"Vereinigten Staaten"}},
		{"Vereinigte Arabische Emirate", []string{"Vereinigten Arabischen Emirate", "Vereinigten Arabischen Emiraten"}},
		{"Vereinigtes Königreich", []string{"Vereinigten Königreich", "Vereinigten Königreichs"}},
		{"Dominikanische Republik", []string{"Dominikanischen Republik"}},
		{"sowjetisch", nil},
	}
	for _, tc := range tests {
		if got := germanCases(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("germanCases(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestGermanDeclinedStates: states named in the genitive or after a
// plural article take part in facts.
func TestGermanDeclinedStates(t *testing.T) {
	tests := []factCase{
		{"genitive -s of the recipient", "de", "2023-05-12",
			"Ägyptens Marine hat zwei Fregatten aus Deutschland erhalten.",
			[]string{"transfer DE>EG cat:ships q=2 delivered y=2023"}},
		{"dative plural after an", "de", "2023-05-12",
			"Die Türkei hat 20 Kampfdrohnen an die Vereinigten Arabischen Emirate geliefert.",
			[]string{"transfer TR>AE cat:aircraft q=20 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
