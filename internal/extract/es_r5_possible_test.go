package extract

import (
	"testing"
	"time"
)

// TestEsR5PossibleSale: "posible venta / compra / adquisición" is a
// hypothetical in news, but not in a sentence that states a US approval or
// names the notifying body (es_r5_possible.go, lang_es.tsv). Sentences
// written for this test.
func TestEsR5PossibleSale(t *testing.T) {
	for _, tc := range []struct {
		text string
		hyp  bool
	}{
		{"La posible venta de cazas F-16 daneses a la Argentina volvió a cobrar fuerza tras la visita del ministro a Copenhague.", true},
		{"Francia y Perú discuten la posible compra de dos submarinos Scorpène.", true},
		{"El diario informó sobre una posible adquisición de misiles Patriot por parte de Suiza.", true},
		{"Se habla de la posible cesión de dos fragatas australianas a Chile.", true},
		// near misses: the approval notice
		{"El Departamento de Estado aprobó la posible venta a Argentina de 24 aviones F-16.", false},
		{"La Agencia de Cooperación para la Seguridad de la Defensa notificó al Congreso la posible venta a Chile de misiles AIM-120.", false},
		{"Washington autoriza posible venta de misiles Javelin a Ecuador por 50 millones de dólares.", false},
		{"La posible venta, anunciada por la DSCA el martes, incluye 12 misiles Hellfire para Colombia.", false},
	} {
		sc := scanSentence(t, tc.text, "es", time.Time{})
		if got := sc.cueOf("hypothetical"); got != tc.hyp {
			t.Errorf("%q: hypothetical = %v, want %v", tc.text, got, tc.hyp)
		}
	}
}
