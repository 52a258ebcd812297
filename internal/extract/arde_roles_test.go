package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestGermanIndirectObject: a state's name with no preposition after the
// finite verb that follows the giving state, or after "den", is the
// dative: the recipient.
func TestGermanIndirectObject(t *testing.T) {
	tests := []factCase{
		{"bare name after the auxiliary", "de", "2023-05-12",
			"Deutschland hat Ägypten zwei Fregatten geliefert.",
			[]string{"transfer DE>EG cat:ships q=2 delivered y=2023"}},
		{"plural name after den", "de", "2023-05-12",
			"Deutschland hat den USA zwei Fregatten geliefert.",
			[]string{"transfer DE>US cat:ships q=2 delivered y=2023"}},
		{"approval with the recipient bare", "de", "2013-06-01",
			"Die Bundesregierung genehmigte Katar 24 Panzerhaubitzen.",
			[]string{"transfer DE>QA cat:artillery q=24 approved y=2013"}},
		{"a receiving verb keeps the subject as recipient", "de", "2023-05-12",
			"Ägypten hat von Deutschland zwei Fregatten erhalten.",
			[]string{"transfer DE>EG cat:ships q=2 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestSoldBackToMaker: a state that sells a system to the system's own
// country of origin is the supplier.
func TestSoldBackToMaker(t *testing.T) {
	tests := []factCase{
		{"German: Swiss Leopards sold to Germany", "de", "2023-11-23",
			"Die Schweiz hat 25 Leopard-2-Panzer an Deutschland verkauft.",
			[]string{"transfer CH>DE leopard-2 q=25 ordered y=2023"}},
		{"German: the maker's state selling stays the supplier", "de", "2023-11-23",
			"Deutschland hat 25 Leopard-2-Panzer an Polen verkauft.",
			[]string{"transfer DE>PL leopard-2 q=25 ordered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestOfficialDemonym: an official's demonym stands for the state that
// hands over.
func TestOfficialDemonym(t *testing.T) {
	tests := []factCase{
		{"Arabic: the US ambassador hands over to the Lebanese army", "ar", "2014-08-29",
			"سلّم السفير الأمريكي في بيروت الجيش اللبناني 480 صاروخا من نوع AT4.",
			[]string{"transfer US>LB at4 q=480 delivered y=2014"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
