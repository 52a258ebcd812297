package extract

import "testing"

// TestPrecisionCombatForms: weapons in use in every person and as
// participles ("derribaron", "bombardearon", "feuerten") are
// no transfer; a proposal not taken up ("propuso", "المقترحة") neither;
// the same systems handed over stay (lexicon rows of r5, precision).
// Sentences written for this test.
func TestPrecisionCombatForms(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es derribaron", "es", "2024-05-03",
			"Las fuerzas ucranianas derribaron durante la noche 40 drones Shahed lanzados por Rusia.",
			nil, []string{"transfer IR>UA shahed-136 q=40 y=2024", "transfer RU>UA shahed-136 q=40"}},
		{"de feuerten", "de", "2024-05-03",
			"Russische Truppen feuerten in der Nacht 30 Kalibr-Marschflugkörper auf die Ukraine.",
			nil, []string{"transfer RU>UA kalibr q=30"}},
		{"es bombardearon", "es", "2024-05-03",
			"Las tropas rusas bombardearon Odesa con 10 drones Shahed.",
			nil, []string{"transfer IR>RU shahed-136 q=10"}},
		{"es propuso", "es", "2024-05-03",
			"Suecia propuso a Colombia 16 cazas Gripen E por 3.000 millones de dólares.",
			nil, []string{"transfer SE>CO jas-39-gripen q=16 USD=3000000000"}},
		{"es ofertó", "es", "2024-05-03",
			"Hyundai Rotem ofertó al Ejército de Colombia 30 tanques K2 Black Panther.",
			nil, []string{"transfer KR>CO k2-black-panther q=30"}},
		{"ar المقترحة", "ar", "2024-05-03",
			"وتضم الحزمة المقترحة 20 مقاتلة رافال من فرنسا لليونان.",
			nil, []string{"transfer FR>GR rafale q=20"}},
		// near misses: a handover in the same words' neighbourhood stays
		{"es entregó stays", "es", "2024-05-03",
			"Alemania entregó a Ucrania 30 sistemas Gepard en 2023.",
			[]string{"transfer DE>UA gepard q=30 delivered y=2023"}, nil},
		{"de geliefert stays", "de", "2024-05-03",
			"Deutschland hat der Ukraine 30 Gepard geliefert.",
			[]string{"transfer DE>UA gepard q=30 delivered y=2024"}, nil},
	})
}
