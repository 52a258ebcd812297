package extract

import "testing"

// TestR16SysnameClassAdj: the systems designations make next to a weapon
// noun (all_r16_sysname_classadj.go).
//   - "<Name> [Name] class <adjectives> <noun>": the class, with a
//     two-word name and one or two adjectives before the noun; a
//     determiner is no name.
//   - A name in capitals and a number ("OSPREY 55") is a designation in
//     every language; a year after the capitals is none.
func TestR16SysnameClassAdj(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		{"en", "MCGS Victory is a Sarojini Naidu class fast patrol vessel built by Goa Shipyard", "x:sarojini-naidu-class"},
		{"en", "India gave Mauritius a Sarojini Naidu class offshore patrol vessel", "x:sarojini-naidu-class"},
		{"en", "This Class fast patrol vessel arrived in Port Louis", ""},
		{"en", "Nigeria bought two OSPREY 55 patrol vessels from Denmark", "x:osprey-55"},
		{"fr", "Le Sénégal a reçu un patrouilleur OSPREY 55 du Danemark", "x:osprey-55"},
		{"es", "Senegal recibió un patrullero OSPREY 55 de Dinamarca", "x:osprey-55"},
		{"de", "Senegal erhielt ein Patrouillenboot OSPREY 55 aus Dänemark", "x:osprey-55"},
		{"ar", "تسلمت السنغال زورق دورية OSPREY 55 من الدنمارك", "x:osprey-55"},
		{"fr", "Le Sénégal a reçu des blindés ARMY 2022", ""},
	}
	for _, tc := range cases {
		if got := r15SysIDs(t, tc.lang, tc.text); got != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
