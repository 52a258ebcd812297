package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsRecalled: a sentence that names no system but recalls, with
// a year of its own, that the buyer ordered the deal told before is that
// deal's earlier order (all_events_recalled.go). Sentences written for
// this test.
func TestAllEventsRecalled(t *testing.T) {
	tests := []factCase{
		{"de: Berlin hatte das System 2023 gekauft", "de", "2025-12-18",
			"Deutschland und Israel haben einen Vertrag zur Erweiterung von Arrow 3 unterzeichnet. Berlin hatte das System bereits 2023 gekauft.",
			[]string{"transfer IL>DE arrow ordered y=2025", "transfer IL>DE arrow ordered y=2023"}},
		{"en: Berlin had bought the system in 2023", "en", "2025-12-18",
			"Germany and Israel signed a contract to expand the Arrow 3 system. Berlin had bought the system in 2023.",
			[]string{"transfer IL>DE arrow ordered y=2025", "transfer IL>DE arrow ordered y=2023"}},
		{"fr: Berlin avait acheté le système en 2023", "fr", "2025-12-18",
			"L'Allemagne et Israël ont signé un contrat pour étendre le système Arrow 3. Berlin avait acheté le système en 2023.",
			[]string{"transfer IL>DE arrow ordered y=2025", "transfer IL>DE arrow ordered y=2023"}},
		{"es: Berlín había comprado el sistema en 2023", "es", "2025-12-18",
			"Alemania e Israel firmaron un contrato para ampliar el sistema Arrow 3. Berlín había comprado el sistema en 2023.",
			[]string{"transfer IL>DE arrow ordered y=2025", "transfer IL>DE arrow ordered y=2023"}},
		{"ar: وكانت برلين قد اشترت المنظومة عام 2023", "ar", "2025-12-18",
			"وقعت ألمانيا وإسرائيل عقدا لتوسيع منظومة آرو 3. وكانت برلين قد اشترت المنظومة عام 2023.",
			[]string{"transfer IL>DE arrow ordered y=2025", "transfer IL>DE arrow ordered y=2023"}},
		{"en: no recall word, no earlier order", "en", "2025-12-18",
			"Germany and Israel signed a contract to expand the Arrow 3 system. Berlin bought the system in 2023.",
			[]string{"transfer IL>DE arrow ordered y=2025"}},
		{"en: the same year is the same order", "en", "2025-12-18",
			"Germany and Israel signed a contract to expand the Arrow 3 system. Berlin had bought the system in 2025.",
			[]string{"transfer IL>DE arrow ordered y=2025"}},
		{"fr: the army's own purchase of old is no order of the deal", "fr", "2023-01-27",
			"La Belgique va céder 80 Iveco LMV à l'Ukraine. L'armée avait acheté ces véhicules à l'Italie en 2006.",
			[]string{"transfer BE>UA iveco-lmv q=80 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
