package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestBoughtObjectIn: the place after a buying verb and its object names
// the seller (all_r15_lead_boughtin.go), not the system's maker; a place
// of use after "for" names none. Sentences written for this test.
func TestBoughtObjectIn(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct {
		lang, text, sup string
	}{
		{"en", "Poland bought 20 used Leopard 2 tanks in Spain in 2022.", "ES"},
		{"es", "Polonia compró 20 tanques Leopard 2 usados en España en 2022.", "ES"},
		{"en", "Poland bought 20 Leopard 2 tanks for use in Ukraine.", "DE"},
		{"en", "Poland bought 20 Leopard 2 tanks in Germany.", "DE"},
	}
	for _, c := range cases {
		got := hasTransfer(t, x, c.lang, "Defence news\n\n"+c.text, c.sup, "PL")
		if !got {
			t.Errorf("%s %q: no %s>PL transfer", c.lang, c.text, c.sup)
		}
	}
}
