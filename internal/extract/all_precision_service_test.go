package extract

import "testing"

// TestServiceOnFleet: a contract to service a fleet ("the maintenance of
// its 12 FA-50PH", "el mantenimiento de su flota de 22 cazas Kfir",
// "l'entretien de ses 30 Rafale", "die Wartung ihrer 30 Eurofighter") is no
// transfer; the purchase of the same systems is (all_precision_service.go).
// Sentences written for this test.
func TestServiceOnFleet(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en maintenance and upgrade of its", "en", "2024-05-03",
			"The Philippine Air Force signed a $120 million contract with South Korea for the maintenance and upgrade of its 12 FA-50 fighters.",
			nil, []string{"transfer KR>PH fa-50 q=12 USD=120000000 ordered y=2024"}},
		{"es mantenimiento de su flota", "es", "2024-05-03",
			"Colombia firmó con Israel un contrato de 120 millones de dólares para el mantenimiento de su flota de 22 cazas Kfir.",
			nil, []string{"transfer IL>CO kfir q=22 USD=120000000 ordered y=2024"}},
		{"fr entretien de ses", "fr", "2024-05-03",
			"L'Égypte a signé avec la France un contrat pour l'entretien de ses 30 Rafale.",
			nil, []string{"transfer FR>EG rafale q=30 ordered y=2024"}},
		// near misses: a purchase, a purchase with maintenance after it
		{"en purchase stays", "en", "2024-05-03",
			"The Philippines signed a $700 million contract with South Korea for 12 FA-50 fighters.",
			[]string{"transfer KR>PH fa-50 q=12 USD=700000000 ordered y=2024"}, nil},
		{"es compra con mantenimiento después", "es", "2024-05-03",
			"Colombia compró a Suecia 16 cazas Gripen E, con mantenimiento incluido.",
			[]string{"transfer SE>CO gripen q=16 ordered y=2024"}, nil},
	})
}
