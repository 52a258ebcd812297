package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOtherKinds: a named system and a counted item of another kind for
// one pair; the value of the whole package or deal, stated in a sentence
// of its own, is their aggregate, not the named system's price
// (all_aggregate_kinds.go). Sentences written for this test.
func TestOtherKinds(t *testing.T) {
	show := func(f domain.Fact) (string, bool) {
		if f.Type == domain.TypeTransfer && f.Value != nil {
			return brief(f) + " valued", true
		}
		return brief(f), f.Type == domain.TypeAggregate
	}
	tests := []factCase{
		{"de: the whole package (genitive)", "de", "2024-03-03",
			"Indien kauft 26 Rafale-Jets von Frankreich. Paris liefert Neu-Delhi dazu drei U-Boote. Beobachter beziffern den Wert des gesamten Pakets auf rund 9 Milliarden Euro.",
			[]string{"aggregate FR>IN EUR=9000000000"}},
		{"de: the deal's value (genitive)", "de", "2024-03-03",
			"Indien kauft 26 Rafale-Jets von Frankreich. Paris liefert Neu-Delhi dazu drei U-Boote. Der Wert des Geschäfts liegt bei rund 9 Milliarden Euro.",
			[]string{"aggregate FR>IN EUR=9000000000"}},
		{"fr: an uncounted carrier leaves the price to the one system", "fr", "2024-04-20",
			"Un avion de transport indien a livré aux Philippines la première batterie de missiles BrahMos. Manille avait signé en 2022 un contrat de 374,96 millions de dollars pour trois batteries.",
			[]string{"transfer IN>PH brahmos USD=374960000 ordered y=2022 valued"}},
	}
	checkFacts(t, tests, show)
}
