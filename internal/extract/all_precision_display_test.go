package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOnShow: systems in a parade or at a fair with no stage are no
// transfer; a system the same sentence
// says was received or bought stays (all_precision_display.go). Sentences
// written for this test.
func TestOnShow(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es desfile", "es", "2024-05-03",
			"En el desfile del 5 de julio en Caracas participaron 20 tanques T-72B1 de fabricación rusa.",
			nil, []string{"transfer RU>VE t-72 q=20"}},
		{"en parade", "en", "2024-05-03",
			"Twenty Russian-made T-72 tanks rolled through Caracas in the Independence Day parade.",
			nil, []string{"transfer RU>VE t-72 q=20"}},
		// near misses: a stage of its own in a parade; a delivery beside a drill
		{"es recibidos desfilaron", "es", "2024-05-03",
			"Por primera vez desfilaron en Buenos Aires los 8 blindados Stryker recibidos de Estados Unidos.",
			[]string{"transfer US>AR stryker q=8 delivered y=2024"}, nil},
		{"en delivered, exercise later", "en", "2024-05-03",
			"Thailand received eight AH-1Z helicopters from the United States in March.",
			[]string{"transfer US>TH ah-1z-viper q=8 delivered y=2024"}, nil},
	})
}

// TestExerciseArrival: a system that arrives to take part in an exercise
// keeps a doubt the model weighs (exercise-arrival); a delivery with no
// exercise has none (all_precision_display.go). Sentences written for
// this test.
func TestExerciseArrival(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"es", "Seis cazas Eurofighter españoles llegaron a Chile para participar en el ejercicio Salitre.", true},
		{"en", "Eight US AH-1Z helicopters arrived in Thailand for the Cobra Gold exercise.", true},
		{"fr", "Six Rafale français sont arrivés en Inde pour participer à l'exercice Garuda.", true},
		{"en", "Thailand received eight AH-1Z helicopters from the United States in March.", false},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Text: c.text, Published: "2024-03-03"})
		if err != nil {
			t.Fatal(err)
		}
		got, any := false, false
		for _, k := range cs {
			if k.Fact.Type == domain.TypeTransfer {
				any = true
				got = got || slices.Contains(k.Features, "transfer|flag=exercise-arrival")
			}
		}
		if !any || got != c.want {
			t.Errorf("%q: candidates %v, flag exercise-arrival = %v, want %v", c.text, any, got, c.want)
		}
	}
}
