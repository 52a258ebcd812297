package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnClasses: classes read on seen English news (Asian and
// African press); each sentence written for this test.
func TestEnClasses(t *testing.T) {
	tests := []factCase{
		{"handed (without over) is a delivery", "en", "",
			"Japan handed two second-hand corvettes to the Philippine Navy on Monday.",
			[]string{"transfer JP>PH cat:ships q=2 delivered"}},
		{"handed with the recipient before the system", "en", "2019-05-02",
			"The Netherlands handed Indonesia three cutters in 2019.",
			[]string{"transfer NL>ID cat:ships q=3 delivered y=2019"}},
		{"turned over is a delivery; landing platform docks are ships", "en", "",
			"Italy turned over two landing platform docks to Algeria.",
			[]string{"transfer IT>DZ cat:ships q=2 delivered"}},
		{"handed with no weapon is nothing", "en", "",
			"Japan's ambassador handed a letter to Vietnam's foreign minister.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnAdministration: "the Trump administration" names the US.
func TestEnAdministration(t *testing.T) {
	tests := []factCase{
		{"a US administration named by its president is the supplier", "en", "",
			"The Obama administration notified Congress of the sale of two frigates to Taiwan.",
			[]string{"transfer US>TW cat:ships q=2 approved"}},
		{"administration of President X", "en", "",
			"The administration of President Donald Trump approved the sale of four patrol boats to Vietnam.",
			[]string{"transfer US>VN cat:ships q=4 approved"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnShouldArrive: "should arrive" is a future delivery, not one
// that took place.
func TestEnShouldArrive(t *testing.T) {
	tests := []factCase{
		{"the rest that should arrive is no delivery", "en", "",
			"Laos said three Yak-130 jets from Russia had been handed over, while the other five Yak-130 jets should arrive next year.",
			[]string{"transfer RU>LA yak-130 q=3 delivered"}},
		{"should be delivered alone is no delivery", "en", "",
			"Four Bayraktar TB2 drones from Turkey should be delivered to Mali in May.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnStageWords: more English words for stages.
func TestEnStageWords(t *testing.T) {
	tests := []factCase{
		{"formally accepted from is a delivery", "en", "",
			"The Namibian Air Force has formally accepted six K-8 trainers from China.",
			[]string{"transfer CN>NA k-8 q=6 delivered"}},
		{"inked is an order", "en", "",
			"Greece inked a contract for 18 Rafale jets with France.",
			[]string{"transfer FR>GR rafale q=18 ordered"}},
		{"green-lighted is an approval", "en", "",
			"Washington green-lighted the sale of 12 F-16 jets to Jordan.",
			[]string{"transfer US>JO f-16 q=12 approved"}},
		{"accepting an offer is no delivery", "en", "",
			"Jordan accepted an offer of 12 F-16 jets from the US.",
			[]string{"transfer US>JO f-16 q=12"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnTakeDelivery: a delivery still to be taken is no delivery; between
// two named states it is a scheduled delivery of a deal, ordered.
func TestEnTakeDelivery(t *testing.T) {
	tests := []factCase{
		{"a headline infinitive is a scheduled delivery: ordered (en_r4_future.go)", "en", "",
			"Kenya to take delivery of 12 attack helicopters from the US.",
			[]string{"transfer US>KE cat:aircraft q=12 ordered"}},
		{"will take delivery is a scheduled delivery: ordered (en_r4_future.go)", "en", "",
			"Ghana will take delivery of four patrol boats from China next year.",
			[]string{"transfer CN>GH cat:ships q=4 ordered"}},
		{"took delivery stays a delivery", "en", "",
			"Ghana took delivery of four patrol boats from China.",
			[]string{"transfer CN>GH cat:ships q=4 delivered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnGiven: "has given", "given to" are deliveries; a sentence
// opening "Given ..." is not.
func TestEnGiven(t *testing.T) {
	tests := []factCase{
		{"has given is a delivery", "en", "",
			"Poland has given Ukraine 14 Leopard 2 tanks.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered"}},
		{"given to ... by is a delivery", "en", "",
			"Two Mi-17 helicopters given to Kenya by Russia were shown at the base.",
			[]string{"transfer RU>KE mi-8-17 q=2 delivered"}},
		{"given as a preposition says nothing", "en", "",
			"Given the threat, Estonia bought six HIMARS launchers from the US.",
			[]string{"transfer US>EE m142-himars q=6 ordered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnGenericStage: a generic word that carries the event lends
// it to the named system of the same pair that states none.
func TestEnGenericStage(t *testing.T) {
	tests := []factCase{
		{"the named design takes the generic delivery", "en", "2019-03-02",
			"Italy delivered two corvettes to Qatar on Monday. The hulls draw on Italy's FREMM frigate design.",
			[]string{"transfer IT>QA fremm q=2 delivered y=2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
