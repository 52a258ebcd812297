package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestGoodsIncluding: arms in general valued, then one system given as an
// example after "including": the amount is the pair's aggregate and the
// example keeps no price (all_aggregate_including.go). Sentences written
// for this test.
func TestGoodsIncluding(t *testing.T) {
	show := func(f domain.Fact) (string, bool) {
		if f.Type == domain.TypeTransfer && f.Value != nil {
			return brief(f) + " valued", true
		}
		return brief(f), f.Type == domain.TypeAggregate
	}
	tests := []factCase{
		{"de: goods valued, one example after including", "de", "2023-02-08",
			"Die Bundesregierung hat weitere Rüstungsexporte genehmigt. Nach Indien gehen Rüstungsgüter im Wert von 2,2 Millionen Euro, unter anderem Motoren für den Kampfpanzer Leopard 2.",
			[]string{"aggregate DE>IN EUR=2200000"}},
		{"en: goods valued, one example after including", "en", "2023-02-08",
			"The government approved further arms exports. Military equipment worth about 2.2 million euros was cleared for India, including gearboxes for the Leopard 2 tank.",
			[]string{"aggregate DE>IN EUR=2200000"}},
		{"fr: goods valued, one example after including", "fr", "2023-02-08",
			"Le gouvernement a autorisé de nouvelles exportations d'armes. Des équipements militaires d'une valeur d'environ 2,2 millions d'euros ont été autorisés pour l'Inde, notamment des boîtes de vitesses pour le char Leopard 2.",
			[]string{"aggregate DE>IN EUR=2200000"}},
		{"es: goods valued, one example after including", "es", "2023-02-08",
			"El Gobierno autorizó nuevas exportaciones de armas. Para la India se aprobó material militar por valor de unos 2,2 millones de euros, entre ellos cajas de cambios para el carro de combate Leopard 2.",
			[]string{"aggregate DE>IN EUR=2200000"}},
		{"ar: goods valued, one example after including", "ar", "2023-02-08",
			"وافقت الحكومة الألمانية على صادرات أسلحة جديدة. وحصلت الهند على عتاد عسكري بقيمة 2.2 مليون يورو، بما في ذلك علب تروس لدبابات ليوبارد 2.",
			[]string{"aggregate DE>IN EUR=2200000"}},
	}
	checkFacts(t, tests, show)
}
