package lexicon_test

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestInterceptorBoatsAreShips: French "intercepteurs" alone stays a
// missile word (one category per generic word), but the boat phrases
// name ships. Sentences written for this test.
func TestInterceptorBoatsAreShips(t *testing.T) {
	x := extract.New(lexicon.Default())
	for _, text := range []string{
		"La France a livré quatre bateaux intercepteurs au Nigeria en 2023.",
		"La France a livré six vedettes d'interception au Bénin en 2022.",
		"L'Italie a vendu deux navires intercepteurs à la Libye.",
	} {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: "fr", Published: "2024-03-01", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, c := range cs {
			if s := c.Fact.System; s != nil && s.Category == "ships" {
				ok = true
			}
			if s := c.Fact.System; s != nil && s.Category == "missiles" {
				t.Errorf("%q: a missile candidate", text)
			}
		}
		if !ok {
			t.Errorf("%q: no ships candidate", text)
		}
	}
}
