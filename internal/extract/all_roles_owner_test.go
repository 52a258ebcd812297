package extract

import "testing"

// all_roles_owner.go: a state named through its armed forces after a
// source or former-owner phrase is the supplier of a second-hand system,
// not the system's maker state.
func TestForcesOwnerSupplier(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Romania gets jets\n\nBucharest, 5 June 2023 — Romania received 18 F-16 fighters from the Royal Netherlands Air Force.\n", "NL>RO"},
		{"en", "Thailand buys jets\n\nBangkok, 5 June 2023 — Thailand bought 25 Alpha Jets retired by the German Air Force.\n", "DE>TH"},
		{"es", "Argentina recibe aviones\n\nBuenos Aires, 5 de junio de 2023 — Argentina recibió cuatro P-3C Orion de segunda mano de la Fuerza Aérea de Noruega.\n", "NO>AR"},
		{"es", "Tailandia compra aviones\n\nBangkok, 5 de junio de 2023 — Tailandia compró 25 Alpha Jet retirados por la Fuerza Aérea alemana.\n", "DE>TH"},
		{"fr", "La Roumanie reçoit des avions\n\nBucarest, 5 juin 2023 — La Roumanie a reçu 18 F-16 d'occasion de l'armée de l'air néerlandaise.\n", "NL>RO"},
	}
	for _, tc := range tests {
		got := transferPairs(t, testExtractor(t), tc.lang, tc.text, nil)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q: got %v, want [%s]", tc.lang, tc.text[:24], got, tc.want)
		}
	}
}
