package extract

import "testing"

// all_r6_roles_retired.go: the state that retired the weapons sells them
// on, also when the sentence is passive and names the buyer last.
func TestR6RetiredBySupplies(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"es", "Rumania compra aviones\n\nBucarest, 5 de junio de 2023 — Los F-16 dados de baja por la Fuerza Aérea de Noruega fueron vendidos a Rumania.\n", "NO>RO"},
		{"fr", "Le Pakistan achète des avions\n\nIslamabad, 5 juin 2023 — Les Mirage 2000 retirés du service par l'armée de l'air belge ont été vendus au Pakistan.\n", "BE>PK"},
		{"de", "Rumänien kauft Jets\n\nBukarest, 5. Juni 2023 — Die von der norwegischen Luftwaffe ausgemusterten F-16 wurden an Rumänien verkauft.\n", "NO>RO"},
		{"de", "Rumänien kauft Jets\n\nBukarest, 5. Juni 2023 — Die von Norwegen ausgemusterten F-16 wurden an Rumänien verkauft.\n", "NO>RO"},
	}
	for _, tc := range tests {
		got := transferPairs(t, testExtractor(t), tc.lang, tc.text, nil)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q: got %v, want [%s]", tc.lang, tc.text[:24], got, tc.want)
		}
	}
}
