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
			"The US approved the sale of 60 Abrams tanks to Australia. The estimated cost is $1.2 billion.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
