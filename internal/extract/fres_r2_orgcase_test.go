package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOrgAcronymAsWord: NATO's French and Spanish acronym printed as a
// capitalised word ("l'Otan", "la Otan"), as many papers print it, is the
// organisation (named.tsv). Sentences written for this test.
func TestOrgAcronymAsWord(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr, status held", "fr", "2024-03-03",
			"Le Maroc est un allié majeur non membre de l'Otan.",
			[]string{"membership MA mnna"}},
		{"fr, joined", "fr", "2024-03-03",
			"La Suède est membre de l'Otan depuis le 7 mars.",
			[]string{"membership SE nato y=2024"}},
		{"es, joined", "es", "2024-03-03",
			"Finlandia ingresó en la Otan en abril de 2023.",
			[]string{"membership FI nato y=2023"}},
		{"lower case stays a word", "fr", "2024-03-03",
			"La Suède est membre de l'otan depuis le 7 mars.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
