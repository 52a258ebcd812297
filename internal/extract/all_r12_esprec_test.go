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
	})
}
