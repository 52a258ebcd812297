package extract

import (
	"strings"
	"testing"
)

// all_roles_chosen.go: the agent of choosing is the buyer, also after
// "y por" in a list of such agents; never the seller.
func TestChosenByBuyer(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "Embraer gana clientes\n\nBrasilia, 5 de junio de 2023 — El avión de transporte KC-390 ha sido escogido también por Hungría y por Austria.\n", []string{"BR>HU", "BR>AT"}},
		{"es", "Embraer gana clientes\n\nBrasilia, 5 de junio de 2023 — El avión de transporte ha sido escogido también por Hungría, que encargó dos unidades en 2020, y por Austria.\n", nil}, // no seller named: no candidate, and neither chooser sells
		{"en", "Embraer wins customers\n\nBrasilia, 5 June 2023 — The KC-390 transport aircraft has also been selected by Hungary and Austria.\n", []string{"BR>HU", "BR>AT"}},
		{"fr", "Embraer gagne des clients\n\nBrasilia, 5 juin 2023 — L'avion de transport KC-390 a aussi été choisi par la Hongrie et l'Autriche.\n", []string{"BR>HU", "BR>AT"}},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil) // all_roles_lists_test.go
		for p := range got {
			if strings.HasPrefix(p, "HU>") || strings.HasPrefix(p, "AT>") {
				t.Errorf("%s: a chooser as seller: %s", tc.lang, p)
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s %q: no %s; got %v", tc.lang, tc.text[:20], w, got)
			}
		}
	}
}
