package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsPubYear: a year taken from the publication date gives way
// to the year the text states for the same event (all_events_pubyear.go).
// Sentences written for this test.
func TestAllEventsPubYear(t *testing.T) {
	tests := []factCase{
		{"ar: a page date under the headline, the body dates the approval", "ar", "2025-12-26",
			"واشنطن توافق على بيع 10 مروحيات أباتشي لمصر. وأعلنت الوكالة يوم 27 نوفمبر 2018 أن الخارجية الأمريكية وافقت على بيع مصر عشر مروحيات أباتشي.",
			[]string{"transfer US>EG ah-64-apache q=10 approved y=2018"}},
		{"en: the same count, a stated year", "en", "2025-12-26",
			"US approves sale of 10 Apache helicopters to Egypt. On November 27, 2018, the State Department approved the sale of ten Apache helicopters to Egypt.",
			[]string{"transfer US>EG ah-64-apache q=10 approved y=2018"}},
		{"fr: the headline's order, dated by the body", "fr", "2024-03-02",
			"Jakarta commande des Rafale à la France. Le contrat a été conclu en février 2022 pour 42 Rafale.",
			[]string{"transfer FR>ID rafale q=42 ordered y=2022"}},
		{"es: the same count, a stated year", "es", "2025-12-26",
			"Estados Unidos aprueba la venta de 10 helicópteros Apache a Egipto. El 27 de noviembre de 2018 el Departamento de Estado aprobó la venta de diez helicópteros Apache a Egipto.",
			[]string{"transfer US>EG ah-64-apache q=10 approved y=2018"}},
		{"en: a recalled earlier delivery stays apart", "en", "2025-12-26",
			"Egypt received 10 Apache helicopters from the United States. In 2014 Egypt had already received 10 Apache helicopters from the United States.",
			[]string{"transfer US>EG ah-64-apache q=10 delivered y=2025", "transfer US>EG ah-64-apache q=10 delivered y=2014"}},
		{"en: other counts stay apart", "en", "2025-12-26",
			"Egypt received 10 Apache helicopters from the United States. In 2014 the United States delivered 12 Apache helicopters to Egypt.",
			[]string{"transfer US>EG ah-64-apache q=10 delivered y=2025", "transfer US>EG ah-64-apache q=12 delivered y=2014"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
