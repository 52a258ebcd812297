package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestClauseAfterJoin: a state after "and" that is the subject of its own
// verb of trading is no second member of the list before it
// (all_r15_lead_clauselist.go); a list that is the subject, or whose
// verb belongs to the goods, stays a list. Sentences written for this
// test.
func TestClauseAfterJoin(t *testing.T) {
	x := New(lexicon.Default())
	type pair struct{ sup, rec string }
	cases := []struct {
		lang, text string
		want, not  []pair
	}{
		{"en", "Egypt bought 24 Rafale jets from France and Qatar ordered 12 more.",
			[]pair{{"FR", "EG"}}, []pair{{"QA", "EG"}, {"QA", "QA"}}},
		{"es", "Egipto compró 24 Rafale a Francia y Catar encargó otros 12.",
			[]pair{{"FR", "EG"}}, []pair{{"QA", "EG"}}},
		{"fr", "L'Égypte a acheté 24 Rafale à la France et le Qatar en a commandé 12.",
			[]pair{{"FR", "EG"}, {"FR", "QA"}}, []pair{{"QA", "EG"}}},
		{"en", "Egypt and Qatar ordered Rafale jets from France.",
			[]pair{{"FR", "EG"}, {"FR", "QA"}}, nil},
		{"en", "Leopard 1A5 tanks from Germany and Denmark arrived in Ukraine.",
			[]pair{{"DE", "UA"}, {"DK", "UA"}}, nil},
	}
	for _, c := range cases {
		has := func(p pair) bool { return hasTransfer(t, x, c.lang, "Defence news\n\n"+c.text, p.sup, p.rec) }
		for _, p := range c.want {
			if !has(p) {
				t.Errorf("%s %q: no %s>%s", c.lang, c.text, p.sup, p.rec)
			}
		}
		for _, p := range c.not {
			if has(p) {
				t.Errorf("%s %q: a %s>%s candidate", c.lang, c.text, p.sup, p.rec)
			}
		}
	}
}
