package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDocPairTotal: a stated cost in a sentence that names no state, after
// the package's systems are listed, is the document's pair's aggregate; with
// one system only it is none (all_aggregate_doctotal.go). Sentences written
// for this test.
func TestDocPairTotal(t *testing.T) {
	tests := []factCase{
		{"en: the estimated cost after the list", "en", "2021-05-01",
			"The US approved the sale of 60 Abrams tanks to Australia. The package also covers 20 M1150 breacher vehicles and 12 M1074 bridge layers. The estimated cost is $1.2 billion.",
			[]string{"aggregate US>AU USD=1200000000"}},
		{"fr: the estimated cost after the list", "fr", "2021-05-01",
			"Les États-Unis ont approuvé la vente à l'Australie de 75 chars Abrams. Sont aussi inclus 29 véhicules M1150 et 17 ponts M1074. Le coût estimé est de 1,685 milliard de dollars.",
			[]string{"aggregate US>AU USD=1685000000"}},
		{"es: the estimated cost after the list", "es", "2021-05-01",
			"Estados Unidos aprobó la venta a Australia de 75 carros de combate Abrams. También se incluyen 29 vehículos M1150 y 17 puentes M1074. El costo estimado es de 1.685 millones de dólares.",
			[]string{"aggregate US>AU USD=1685000000"}},
		{"de: the estimated cost after the list", "de", "2021-05-01",
			"Die USA haben den Verkauf von 75 Kampfpanzern Abrams an Australien genehmigt. Dazu kommen 29 Räumpanzer M1150 und 17 Brückenleger M1074. Die geschätzten Kosten belaufen sich auf 1,685 Milliarden Dollar.",
			[]string{"aggregate US>AU USD=1685000000"}},
		{"ar: the estimated cost after the list", "ar", "2021-05-01",
			"وافقت الولايات المتحدة على بيع 75 دبابة أبرامز إلى أستراليا. وتشمل الصفقة أيضا 29 مركبة M1150 و17 جسرا M1074. وتبلغ التكلفة التقديرية 1.685 مليار دولار.",
			[]string{"aggregate US>AU USD=1685000000"}},
		{"en: one system only", "en", "2021-05-01",
			"\u0648\u0627\u0641\u0642\u062a \u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a \u0627\u0644\u0645\u062a\u062d\u062f\u0629 \u0639\u0644\u0649 \u0628\u064a\u0639 75 \u062f\u0628\u0627\u0628\u0629 \u0623\u0628\u0631\u0627\u0645\u0632 \u0625\u0644\u0649 \u0623\u0633\u062a\u0631\u0627\u0644\u064a\u0627. \u0648\u062a\u0634\u0645\u0644 \u0627\u0644\u0635\u0641\u0642\u0629 \u0623\u064a\u0636\u0627 29 \u0645\u0631\u0643\u0628\u0629 M1150 \u064817 \u062c\u0633\u0631\u0627 M1074. \u0648\u062a\u0628\u0644\u063a \u0627\u0644\u062a\u0643\u0644\u0641\u0629 \u0627\u0644\u062a\u0642\u062f\u064a\u0631\u064a\u0629 1.685 \u0645\u0644\u064a\u0627\u0631 \u062f\u0648\u0644\u0627\u0631.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
