package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeAgreedStage: "vereinbart" (lang_de.tsv stage-ordered) makes a
// deal the governments agreed an order, also when its object is the noun
// "Lieferung", which alone reads as a delivery. Sentences written for
// this test.
func TestDeAgreedStage(t *testing.T) {
	tests := []factCase{
		{"Lieferung vereinbart is ordered", "de", "2022-04-06",
			"Im September 2015 hatten Litauen und Deutschland die Lieferung von 18 Panzerhaubitzen 2000 vereinbart.",
			[]string{"transfer DE>LT pzh-2000 q=18 ordered y=2015"}},
		{"Verkauf vereinbart is ordered", "de", "2005-11-19",
			"Anfang November hatte die Bundesregierung den Verkauf von 298 gebrauchten Leopard-2-Panzern an die Türkei vereinbart.",
			[]string{"transfer DE>TR leopard-2 q=298 ordered y=2005"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
