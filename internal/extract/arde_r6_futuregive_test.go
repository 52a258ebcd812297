package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFutureGiveAndAgreedStages: a state's future of giving is a pledge
// (approved) in Arabic and German; a memorandum of understanding or a
// choice for a purchase is agreed in principle (other). Sentences written
// for this test.
func TestFutureGiveAndAgreedStages(t *testing.T) {
	tests := []factCase{
		{"ar future of giving is approved", "ar", "2024-03-01",
			"قالت فرنسا إنها سترسل إلى أوكرانيا 12 مدفعا من طراز قيصر.",
			[]string{"transfer FR>UA caesar q=12 approved y=2024"}},
		{"de wird zur Verfügung stellen is approved", "de", "2024-03-01",
			"Deutschland wird der Ukraine acht Kampfpanzer des Typs Leopard 2 zur Verfügung stellen.",
			[]string{"transfer DE>UA leopard-2 q=8 approved y=2024"}},
		{"de wird erhalten stays ordered", "de", "2024-03-01",
			"Rumänien wird 54 Panzerhaubitzen K9 aus Südkorea erhalten.",
			[]string{"transfer KR>RO k9-thunder q=54 ordered y=2024"}},
		{"en memorandum of understanding is other", "en", "2024-03-01",
			"Vietnam signed a memorandum of understanding with South Korea for the purchase of 20 K9 howitzers.",
			[]string{"transfer KR>VN k9-thunder q=20 other y=2024"}},
		{"es acuerdo marco is other", "es", "2024-03-01",
			"Colombia firmó con Corea del Sur un acuerdo marco para la compra de 20 obuses K9.",
			[]string{"transfer KR>CO k9-thunder q=20 other y=2024"}},
		{"fr a retenu is other", "fr", "2024-03-01",
			"La Belgique a retenu le F-35A américain pour remplacer ses F-16.",
			[]string{"transfer US>BE f-35 other y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
