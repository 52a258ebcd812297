package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRequestAddressee: the state a German request is addressed to
// ("eine Anfrage ... an Deutschland") is asked to supply, not the
// recipient (de_r4_requestto.go); with a verb of giving, "an" is the
// destination again. Sentences written for this test.
func TestDeRequestAddressee(t *testing.T) {
	tests := []factCase{
		{"request addressed to a state", "de", "2024-05-12",
			"Die Ukraine richtete eine Anfrage über 200 Leopard-Panzer an Deutschland.",
			[]string{"transfer DE>UA leopard-2 q=200 requested y=2024"}},
		{"a request to give on", "de", "2024-05-12",
			"Polen hat beantragt, 200 Leopard-Panzer an die Ukraine liefern zu dürfen.",
			[]string{"transfer PL>UA leopard-2 q=200 requested y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
