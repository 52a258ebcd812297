package extract

import "testing"

// TestCoopR6Agreement: one signer, several partners, and a signer the
// sentence does not name (coop_r6_signer.go). Sentences written for this
// test.
func TestCoopR6Agreement(t *testing.T) {
	tests := []factCase{
		{"fr dateline signer", "fr", "2024-03-12",
			"Rabat, 12 mars 2024 (MAP) – Le ministre délégué chargé de la Défense a signé mardi des accords de coopération militaire avec le Nigeria et le Rwanda.",
			[]string{"MA,NG", "MA,RW"}},
		{"fr pronoun signer, earlier subject", "fr", "2023-06-01",
			"Le Maroc poursuit son offensive diplomatique en Afrique.\n\nIl a signé en 2023 des accords de défense avec le Nigeria et le Rwanda.",
			[]string{"MA,NG", "MA,RW"}},
		{"fr passive, earlier subject", "fr", "2023-06-01",
			"Le roi du Maroc a effectué une tournée africaine en mai.\n\nAu cours de cette visite, des accords de coopération militaire ont été signés avec le Mali et le Niger.",
			[]string{"MA,ML", "MA,NE"}},
		{"fr dont list", "fr", "2023-06-01",
			"Le Maroc a signé en 2023 des accords de coopération militaire avec plusieurs pays africains, dont le Nigeria, le Rwanda et l'Éthiopie.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"fr official demonym signer, demonym partners", "fr", "2022-06-01",
			"Le ministre sénégalais des Forces armées a signé en 2022 des accords de coopération militaire avec ses homologues malien et nigérien.",
			[]string{"ML,SN", "NE,SN"}},
		{"fr colon list", "fr", "2012-06-01",
			"La France a signé en 2012 des traités de défense avec quatre pays africains : le Sénégal, la Côte d'Ivoire, le Gabon et Djibouti.",
			[]string{"FR,SN", "CI,FR", "FR,GA", "DJ,FR"}},
		{"fr several signers, one partner", "fr", "2023-06-01",
			"Le Mali, le Burkina Faso et le Niger ont signé en 2023 des accords de coopération militaire avec la Russie.",
			[]string{"ML,RU", "BF,RU", "NE,RU"}},
		{"fr entre, one then several", "fr", "2023-06-01",
			"Des accords de coopération militaire ont été signés en 2023 entre le Maroc et le Nigeria, le Rwanda et l'Éthiopie.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"fr each with its own with", "fr", "2023-06-01",
			"Le Maroc renforce ses liens africains.\n\nAu total, trois accords ont été signés en 2023 : un accord de coopération militaire avec le Nigeria, un mémorandum avec le Rwanda et une feuille de route avec l'Éthiopie.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"en including list", "en", "2023-06-01",
			"Morocco signed military cooperation agreements with several African states, including Nigeria, Rwanda and Ethiopia, in 2023.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"en plural pacts", "en", "2024-06-01",
			"Japan signed security pacts with the Philippines and Australia in 2024.",
			[]string{"JP,PH", "AU,JP"}},
		{"de dateline signer", "de", "2023-05-03",
			"Berlin, 3. Mai 2023 – Verteidigungsminister Pistorius unterzeichnete Absichtserklärungen über Verteidigungskooperation mit Litauen und Lettland.",
			[]string{"DE,LT", "DE,LV"}},
		{"ar dateline signer", "ar", "2024-03-12",
			"الرباط، 12 مارس 2024 - وقع الوزير المنتدب اتفاقيات للتعاون العسكري مع نيجيريا ورواندا.",
			[]string{"MA,NG", "MA,RW"}},
		// a singular agreement of two states with a third stays one
		{"fr two signers, one agreement, a third", "fr", "2023-06-01",
			"Le Sénégal et la Gambie ont signé en 2023 un accord de défense avec la France.",
			[]string{"FR,GM,SN"}},
	}
	checkFacts(t, tests, agreementParties)
}
