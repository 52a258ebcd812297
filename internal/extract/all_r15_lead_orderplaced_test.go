package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestOrderPlacedBy: the agent of an order "placed" buys (fr_roles.go
// purchaseAgent, lexicon kind order-placed): "the orders placed by
// Malaysia" is France's sale to Malaysia, not a Malaysian one. Sentences
// written for this test.
func TestOrderPlacedBy(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct{ lang, text string }{
		{"en", "Naval Group confirmed the orders placed by Malaysia for two Scorpene submarines in 2002."},
		{"en", "The order placed by Malaysia covers two Scorpene submarines built by Naval Group."},
		{"fr", "Naval Group a confirmé les commandes passées par la Malaisie pour deux sous-marins Scorpène."},
		{"es", "Naval Group confirmó los pedidos realizados por Malasia de dos submarinos Scorpène."},
	}
	for _, c := range cases {
		got := hasTransfer(t, x, c.lang, "Naval news\n\n"+c.text, "FR", "MY")
		if !got {
			t.Errorf("%s %q: no FR>MY transfer", c.lang, strings.SplitN(c.text, " ", 6)[:5])
		}
	}
}
