package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRoles2Lists: a German state listed after another behind "an" or
// "nach" gets the arms too, and is not read as a holder passing them on;
// a state listed after another behind "aus" gives them too, and is not
// the buyer (de_roles2_lists.go). Sentences written for this test.
func TestDeRoles2Lists(t *testing.T) {
	tests := []factCase{
		{"approved export to two states, the second without article", "de", "2023-03-01",
			"Die Bundesregierung genehmigte den Export von 12 Leopard 2A4 an die Slowakei und Tschechien.",
			[]string{"transfer DE>SK leopard-2 q=12 approved y=2023", "transfer DE>CZ leopard-2 q=12 approved y=2023"}},
		{"approved export to two states, the second with article", "de", "2023-03-01",
			"Die Regierung genehmigte die Ausfuhr von 8 Leopard 2A4 an Polen und die Slowakei.",
			[]string{"transfer DE>PL leopard-2 q=8 approved y=2023", "transfer DE>SK leopard-2 q=8 approved y=2023"}},
		{"a holder passing arms on is still read", "de", "2023-03-01",
			"Die Bundesregierung hat Polen die Weitergabe von 14 Leopard-2-Panzern an die Ukraine genehmigt.",
			[]string{"transfer PL>UA leopard-2 q=14 approved y=2023"}},
		{"two sources after aus: both give, neither buys", "de", "2022-08-01",
			"Die Ukraine hat Panzerhaubitzen 2000 aus Deutschland und den Niederlanden erhalten.",
			[]string{"transfer DE>UA pzh-2000 delivered y=2022", "transfer NL>UA pzh-2000 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
