package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsR4Participles: the passive and adjectival participles of the verbs
// of buying and contracting ("adquiridos a", "contratados a", "pedidos por
// X a Y") mark an order and name the seller after "a"; "dos decenas" is 20
// (lang_es.tsv). Sentences written for this test.
func TestEsR4Participles(t *testing.T) {
	tests := []factCase{
		{"a passive buy participle with the seller after a", "es", "2024-05-12",
			"Los drones Hermes 900 fueron adquiridos a Israel por la Fuerza Aérea de Colombia en 2023.",
			[]string{"transfer IL>CO hermes-900 ordered y=2023"}},
		{"contracted from a seller, delivered", "es", "2024-05-12",
			"Perú recibió en 2024 los cuatro patrulleros oceánicos contratados a Corea del Sur.",
			[]string{"transfer KR>PE cat:ships q=4 delivered y=2024"}},
		{"ordered by a buyer from a seller", "es", "2024-05-12",
			"Los 24 cazas Gripen pedidos por Colombia a Suecia serán entregados en 2026.",
			[]string{"transfer SE>CO gripen q=24 ordered y=2024"}},
		{"a multiplier of tens", "es", "2024-05-12",
			"El Ejército de Uruguay recibió dos decenas de vehículos blindados Stryker de Estados Unidos.",
			[]string{"transfer US>UY stryker q=20 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
