package lexicon_test

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestDesignationNumberIsNoQuantity: the number inside a system's name
// ("Saab 105", "An-148") is no count of units. Sentences written for this test.
func TestDesignationNumberIsNoQuantity(t *testing.T) {
	x := extract.New(lexicon.Default())
	cases := []struct {
		lang, text, id string
		qty            int
	}{
		{"de", "Schweden verkaufte Österreich 40 Saab 105.", "saab-105", 40},
		{"en", "Sweden sold the Saab 105 trainers to Austria.", "saab-105", 0},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Published: "2024-03-01", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, cand := range cs {
			f := cand.Fact
			if f.Type != "transfer" || f.System == nil || f.System.ID != c.id {
				continue
			}
			found = true
			if f.Quantity != c.qty {
				t.Errorf("%s %q: quantity %d, want %d", c.lang, c.text, f.Quantity, c.qty)
			}
		}
		if !found {
			t.Errorf("%s %q: no transfer of %s", c.lang, c.text, c.id)
		}
	}
}

// TestArmedForcesStandForTheirState: an armed force or ministry named by
// its acronym stands for its state. Sentences written for this test.
func TestArmedForcesStandForTheirState(t *testing.T) {
	x := extract.New(lexicon.Default())
	cases := []struct{ lang, text, rec string }{
		{"es", "La SEDENA compró a Israel drones Hermes 900.", "MX"},
		{"es", "La Semar recibió de Estados Unidos helicópteros UH-60.", "MX"},
		{"es", "Estados Unidos entregó a la FACh aviones F-16.", "CL"},
		{"es", "Rusia entregó a la FANB aviones Su-30.", "VE"},
		{"es", "Mindefensa compró a Israel aviones Kfir.", "CO"},
	}
	for _, c := range cases {
		got := transferValues(t, x, c.lang, c.text, recipient)
		if !slices.Contains(got, c.rec) {
			t.Errorf("%s %q: recipients %v, want %s", c.lang, c.text, got, c.rec)
		}
	}
}
