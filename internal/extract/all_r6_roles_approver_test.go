package extract

import "testing"

// all_r6_roles_approver.go: the state whose government licenses an export
// sells, not the maker's state; all_r6_roles_buyfor.go: a state that buys
// weapons for another hands them on.
func TestR6ApproverAndBuyFor(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Exports approved\n\nLondon, 5 June 2023 — The British government approved the export of three Patriot batteries to Kuwait.\n", "GB>KW"},
		{"fr", "Exportations\n\nParis, 5 juin 2023 — Rome a autorisé l'exportation de trois batteries Patriot vers le Koweït.\n", "IT>KW"},
		{"es", "Exportaciones\n\nMadrid, 5 de junio de 2023 — El Gobierno italiano autorizó la exportación de tres baterías Patriot a Kuwait.\n", "IT>KW"},
		{"de", "Rüstungsexporte genehmigt\n\nBerlin, 5. Juni 2023 — Die Bundesregierung hat erneut Ausfuhren von Rüstungsgütern erlaubt. Danach bekommt Kenia drei Flugzeuge vom Typ C-130 Hercules.\n", "DE>KE"},
		{"en", "Air defence\n\nVilnius, 5 June 2023 — Estonia has bought three IRIS-T launchers for Moldova.\n", "EE>MD"},
		{"fr", "Défense aérienne\n\nParis, 5 juin 2023 — L'Estonie a acheté trois lanceurs IRIS-T pour la Moldavie.\n", "EE>MD"},
		{"es", "Defensa aérea\n\nMadrid, 5 de junio de 2023 — Estonia compró tres lanzadores IRIS-T para Moldavia.\n", "EE>MD"},
		{"de", "Luftverteidigung\n\nBerlin, 5. Juni 2023 — Estland hat drei IRIS-T-Startgeräte für Moldau gekauft.\n", "EE>MD"},
		// a seller the sentence names keeps selling, to the state bought for
		{"fr", "Chars\n\nParis, 5 juin 2023 — La Belgique a acheté 12 Leopard 2A4 pour la Moldavie à l'Allemagne.\n", "DE>MD"},
	}
	for _, tc := range tests {
		got := transferPairs(t, testExtractor(t), tc.lang, tc.text, nil)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q: got %v, want [%s]", tc.lang, tc.text[:24], got, tc.want)
		}
	}
}
