package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeExporter: German licence news name the approving government once,
// then list licences in the passive with no seller (de_exports.go); and
// "geliefert bekommen" makes its subject the recipient (de_receive.go).
// Sentences written for this test.
func TestDeExporter(t *testing.T) {
	tests := []factCase{
		{"passive licence after the approving council", "de", "2021-03-10",
			"Der Bundessicherheitsrat hat ein Rüstungsgeschäft mit Oman gebilligt. Genehmigt wurde die Ausfuhr von zwölf Patrouillenbooten.",
			[]string{"transfer DE>OM cat:ships q=12 approved y=2021"}},
		{"passive licence with its buyer", "de", "2021-03-10",
			"Die Bundesregierung hat weitere Rüstungsexporte erlaubt. Zugelassen wurde auch der Export von neun gepanzerten Fahrzeugen nach Ghana.",
			[]string{"transfer DE>GH cat:armoured-vehicles q=9 approved y=2021"}},
		{"no approving government: no seller", "de", "2021-03-10",
			"Genehmigt wurde die Ausfuhr von zwölf Patrouillenbooten nach Oman.",
			nil},
		{"a purchase approved at home is no export", "de", "2021-03-10",
			"Die Bundesregierung hat den Kauf von zwölf Patrouillenbooten genehmigt.",
			nil},
		{"an approved total with no seller", "de", "2021-03-10",
			"Die Bundesregierung hat weitere Rüstungsexporte erlaubt. Für Marokko wurden Rüstungsgüter im Wert von 12 Millionen Euro genehmigt.",
			[]string{"aggregate DE>MA EUR=12000000"}},
		{"geliefert bekommen: the subject receives", "de", "2021-03-10",
			"Ghana soll acht Kampfpanzer vom Typ Leopard 2 geliefert bekommen.",
			[]string{"transfer DE>GH leopard-2 q=8 approved y=2021"}},
		{"geliefert alone: the subject gives", "de", "2021-03-10",
			"Deutschland hat acht Kampfpanzer vom Typ Leopard 2 an Ghana geliefert.",
			[]string{"transfer DE>GH leopard-2 q=8 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
