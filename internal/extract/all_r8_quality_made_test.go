package extract

import (
	"testing"
	"time"
)

// TestProductionInLeavesTheMadeReading: a word of kinds made and
// production beside a demonym tells the maker's origin; elsewhere it is
// making at home.
func TestProductionInLeavesTheMadeReading(t *testing.T) {
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"de", "Die Panzer aus deutscher Produktion wurden geliefert.", false},
		{"de", "Rheinmetall hat die Produktion der Panzer aufgenommen.", true},
		{"fr", "Des blindés de fabrication française ont été livrés.", false},
		{"fr", "La fabrication des blindés a commencé à Roanne.", true},
		{"es", "Los blindados de producción española llegaron.", false},
		{"en", "The company will produce the howitzers.", true},
	}
	for _, c := range cases {
		sc := scanSentence(t, c.text, c.lang, time.Time{})
		if got := sc.productionIn(0, len(sc.toks)); got != c.want {
			t.Errorf("%s %q: productionIn = %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
