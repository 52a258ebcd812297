package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeDoubtFlags: a German system in a clause about an exercise or a
// fleet the state already has is offered to the model with a flag
// (de_doubts.go); a plain order has neither. Sentences written for this
// test.
func TestDeDoubtFlags(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text, sys, flag string
		want            bool
	}{
		{"Zwei russische Kriegsschiffe sind für eine gemeinsame Marineübung in iranischen Gewässern angekommen.", "", "transfer|flag=de-exercise-clause", true},
		{"Bisher stützt sich die Luftwaffe von Myanmar auf 38 MiG-29 aus Russland.", "mig-29", "transfer|flag=de-fleet-clause", true},
		{"Myanmar hat in Russland sechs MiG-29 bestellt.", "mig-29", "transfer|flag=de-fleet-clause", false},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: "de", Text: "Meldung\n\n" + c.text, Published: "2024-03-03"})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, k := range cs {
			if k.Fact.Type == domain.TypeTransfer && (c.sys == "" || k.Fact.System != nil && k.Fact.System.ID == c.sys) && slices.Contains(k.Features, c.flag) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: flag %s = %v, want %v", c.text, c.flag, got, c.want)
		}
	}
}
