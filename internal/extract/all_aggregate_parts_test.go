package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestTotalWithParts: a total followed, after "including", by a part with
// its own amount: the total is the pair's aggregate, the part's amount the
// value of the transfer it names (all_aggregate_parts.go). Sentences
// written for this test.
func TestTotalWithParts(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), true }
	tests := []factCase{
		{"en: part amount before its kind, far from the total", "en", "2018-03-23",
			"Sale approved\n\nThe United States has approved more than $2.3 billion in arms sales to Saudi Arabia, including more than $1 billion in missiles.",
			[]string{"transfer US>SA cat:missiles USD=1000000000 approved y=2018", "aggregate US>SA USD=2300000000"}},
		{"fr: dont, part before the system", "fr", "2018-03-23",
			"Vente\n\nLa France a vendu à l'Égypte des armes pour 2 milliards d'euros, dont 800 millions d'euros pour des missiles MICA.",
			[]string{"transfer FR>EG mica EUR=800000000 ordered y=2018", "aggregate FR>EG EUR=2000000000"}},
		{"es: incluidos, part before the system", "es", "2018-03-23",
			"Venta\n\nEstados Unidos aprobó ventas de armas a Chile por 665 millones de dólares, incluidos 455 millones de dólares en misiles Stinger.",
			[]string{"transfer US>CL stinger USD=455000000 approved y=2018", "aggregate US>CL USD=665000000"}},
		{"de: darunter, part after its kind", "de", "2018-03-23",
			"Verkauf\n\nDie USA haben Rüstungsexporte nach Saudi-Arabien im Wert von 2,3 Milliarden Dollar genehmigt, darunter Raketen für 1 Milliarde Dollar.",
			[]string{"transfer US>SA cat:missiles USD=1000000000 approved y=2018", "aggregate US>SA USD=2300000000"}},
	}
	checkFacts(t, tests, show)
}
