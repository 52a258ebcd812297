package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeSplitArrival: a German verb of arriving or handing over split by
// its objects ("kamen … an", "trafen … ein") tells a delivery;
// a clause with no such particle at its end tells none. Sentences written
// for this test.
func TestDeSplitArrival(t *testing.T) {
	tests := []factCase{
		{"kamen an", "de", "2023-05-03",
			"Zehn K2 aus Südkorea kamen im Dezember 2022 im Hafen von Gdynia in Polen an.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2022"}},
		{"trafen ein", "de", "2023-05-03",
			"Sechs Panzerhaubitzen 2000 aus Deutschland trafen am Montag in der Ukraine ein.",
			[]string{"transfer DE>UA pzh-2000 q=6 delivered y=2023"}},
		{"no particle at the clause end", "de", "2023-05-03",
			"Zehn K2 aus Südkorea kamen im Dezember 2022 nach Polen.",
			[]string{"transfer KR>PL k2-black-panther q=10 y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
