package extract

import "testing"

// TestEsprecForceMetonyms: the proper names of Spain's forces name Spain
// (country_names.tsv, r12-esprec), unless another state's demonym or name
// qualifies them (all_r12_esprec_qualified.go). Sentences written for
// this test.
func TestEsprecForceMetonyms(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: Ejército del Aire buys from Turkey", "es", "2025-09-10",
			"El Ejército de Tierra ha recibido de Alemania un sistema de defensa antiaérea Patriot de segunda mano. El Ejército del Aire y del Espacio incorporará además 24 cazas Hürjet comprados a Turquía.",
			[]string{"transfer TR>ES hurjet q=24 ordered y=2025", "transfer DE>ES mim-104-patriot q=1 delivered y=2025"}, []string{"transfer TR>DE hurjet q=24 ordered y=2025"}},
		// near miss: "Armada Española" was Spain by its demonym already
		{"es: Armada Española", "es", "2025-09-10",
			"La Armada Española recibirá seis helicópteros MH-60R de Estados Unidos.",
			[]string{"transfer US>ES mh-60r-seahawk q=6 ordered y=2025"}, nil},
		// near miss: a French force with Spain's force names
		{"es: Ejército de Tierra francés", "es", "2025-09-10",
			"El Ejército de Tierra francés recibió 20 blindados Griffon fabricados por Nexter. El Ejército del Aire de Francia incorporó cazas Rafale.",
			nil, []string{"transfer FR>ES griffon q=20 delivered y=2025", "transfer FR>ES rafale delivered y=2025"}},
		// near miss: German and English adjectives stand before their noun:
		// the demonym after a metonym is the object's
		{"de: Bundesregierung israelische", "de", "2025-09-10",
			"Nach Angaben des Ministeriums hat die Bundesregierung israelische Arrow-3-Raketen für vier Milliarden Euro gekauft.",
			[]string{"transfer IL>DE arrow EUR=4000000000 ordered y=2025"}, nil},
	})
}

// TestEsprecShipVoyage: a state's own ship sent with a cargo is a voyage,
// no transfer of the ship (all_r12_esprec_voyage.go); a ship given or
// sold stays. Sentences written for this test.
func TestEsprecShipVoyage(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// words that only begin like a word of handing over
		{"fr: vendredi is no sale", "fr", "2025-06-10",
			"La France a envoyé vendredi la frégate Normandie au Liban avec de l'aide humanitaire.",
			nil, []string{"transfer FR>LB x:normandie q=1 y=2025"}},
		{"es: Donald is no gift", "es", "2025-06-10",
			"Donald Trump dijo que México envió el buque Papaloapan a Cuba con ayuda humanitaria.",
			nil, []string{"transfer MX>CU x:papaloapan q=1 delivered y=2025"}},
		{"es: buque con ayuda humanitaria", "es", "2025-06-10",
			"México envió en 2025 el buque Papaloapan a Cuba con 800 toneladas de ayuda humanitaria.",
			nil, []string{"transfer MX>CU x:papaloapan q=1 delivered y=2025"}},
		{"es: buque con combustible", "es", "2019-06-10",
			"Venezuela envió el buque Yekuana a Cuba con combustible en 2019.",
			nil, []string{"transfer VE>CU x:yekuana q=1 delivered y=2019"}},
		{"es: patrullero en misión", "es", "2024-06-10",
			"España envió en 2024 el patrullero Furor a Senegal para vigilar la llegada de cayucos.",
			nil, []string{"transfer ES>SN x:furor q=1 delivered y=2024"}},
		{"en: ship with aid", "en", "2024-06-10",
			"Mexico sent the ship Papaloapan to Cuba with 800 tonnes of humanitarian aid in 2024.",
			nil, []string{"transfer MX>CU x:papaloapan q=1 delivered y=2024"}},
		{"es: buque hospital to several states", "es", "2019-06-10",
			"Estados Unidos envió en 2019 el buque de apoyo hospitalario USNS Comfort a Colombia, Ecuador y Costa Rica.",
			nil, []string{"transfer US>CO x:usns-comfort delivered y=2019", "transfer US>CR x:usns-comfort delivered y=2019"}},
		{"es: buque escuela", "es", "2024-06-10",
			"Chile envió en 2024 el buque escuela Esmeralda a España en su crucero de instrucción.",
			nil, []string{"transfer CL>ES x:esmeralda q=1 delivered y=2024"}},
		{"fr: navire hospitalier", "fr", "2024-06-10",
			"La Chine a envoyé en 2024 le navire hospitalier Arche de la Paix au Gabon.",
			nil, []string{"transfer CN>GA x:arche q=1 y=2024"}},
		// near miss: a ship donated stays, though aid is named
		{"es: patrullero donado", "es", "2025-06-10",
			"Estados Unidos donó en 2025 el patrullero Isla Grande a Panamá, que lo usará para distribuir ayuda humanitaria.",
			[]string{"transfer US>PA cat:ships q=1 delivered y=2025"}, nil},
	})
}
