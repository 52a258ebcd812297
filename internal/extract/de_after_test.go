package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeAfterState: a fronted "Nach X ... auch Y" names X as the state that
// did it before, not the buyer (de_after.go); Swiss agencies stand for
// Switzerland (country_names.tsv). Sentences written for this test.
func TestDeAfterState(t *testing.T) {
	tests := []factCase{
		{"after Poland, Germany too", "de", "2023-03-28",
			"Nach Polen hat jetzt auch Deutschland 18 Kampfpanzer vom Typ Leopard 2 an Kiew übergeben.",
			[]string{"transfer DE>UA leopard-2 q=18 delivered y=2023"}},
		{"after the USA, Britain too, with an article", "de", "2023-03-28",
			"Nach den USA hat nun auch Großbritannien 14 Kampfpanzer vom Typ Challenger 2 an die Ukraine geliefert.",
			[]string{"transfer GB>UA challenger-2 q=14 delivered y=2023"}},
		{"a fronted destination stays the buyer", "de", "2023-03-28",
			"Nach Polen hat Deutschland auch 18 Kampfpanzer vom Typ Leopard 2 geliefert.",
			[]string{"transfer DE>PL leopard-2 q=18 delivered y=2023"}},
		{"the Swiss procurement agency sells", "de", "2023-11-23",
			"Armasuisse hat 25 Kampfpanzer vom Typ Leopard 2 an Deutschland verkauft.",
			[]string{"transfer CH>DE leopard-2 q=25 ordered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
