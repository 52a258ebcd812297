package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsR5MadeFinal: a purchase made final ("concretó / oficializó /
// cerró la compra") is an order (lang_es.tsv); "concretó la visita" is
// none. Sentences written for this test.
func TestEsR5MadeFinal(t *testing.T) {
	tests := []factCase{
		{"made official", "es", "2024-05-12",
			"Perú oficializó la adquisición de 24 aviones Gripen a Suecia.",
			[]string{"transfer SE>PE gripen q=24 ordered y=2024"}},
		{"closed", "es", "2024-05-12",
			"Colombia cerró la compra de 17 cazas Gripen E a Suecia.",
			[]string{"transfer SE>CO gripen q=17 ordered y=2024"}},
		{"a visit made, no purchase", "es", "2024-05-12",
			"El ministro concretó la visita a Madrid para analizar la compra de fragatas.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
