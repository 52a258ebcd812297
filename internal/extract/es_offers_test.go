package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsOffersAndIntentions: an offer ("ofreció", "una oferta"), an
// intention or interest ("tiene la intención de", "interés en"), a project
// ("proyecta") or a study to come ("evaluará") is no deal; a signed letter
// of offer and acceptance still is. Texts written for this test.
func TestEsOffersAndIntentions(t *testing.T) {
	tests := []factCase{
		{"es: ofreció", "es", "2024-05-10",
			"Estados Unidos ofreció a Perú 24 aviones F-16 Block 70.", nil},
		{"es: una oferta", "es", "2024-05-10",
			"Suecia presentó a Colombia una oferta por 16 aviones Gripen.", nil},
		{"es: interés en", "es", "2024-05-10",
			"Ecuador tiene interés en adquirir helicópteros rusos Mi-171.", nil},
		{"es: intención de", "es", "2024-05-10",
			"Ecuador tiene la intención de adquirir helicópteros Mi-171 rusos.", nil},
		{"es: proyecta", "es", "2024-05-10",
			"Bolivia proyecta adquirir seis aviones K-8 chinos.", nil},
		{"es: evaluará", "es", "2024-05-10",
			"Perú evaluará la compra de 24 cazas Rafale franceses.", nil},
		{"es: LOA signed stays ordered", "es", "2024-05-10",
			"Perú firmó con Estados Unidos la carta de oferta y aceptación por 24 aviones F-16.",
			[]string{"transfer US>PE f-16 q=24 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
