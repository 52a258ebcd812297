package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestGovernmentGiver: "the Government of X" that gives is the supplier
// (all_r15_lead_govgiver.go), a notice's "the Government of X has
// requested" still buys; "Armed Forces 14" is no designation (lexicon
// not-designation). Sentences written for this test.
func TestGovernmentGiver(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct{ lang, text, sup, rec string }{
		{"en", "The government of the United States has given the Ghana Armed Forces 14 armoured personnel carriers.", "US", "GH"},
		{"en", "The Government of Japan delivered two patrol boats to Sri Lanka.", "JP", "LK"},
		{"es", "El Gobierno de Japón entregó dos patrulleras a Sri Lanka.", "JP", "LK"},
		{"en", "The Government of Morocco has requested to buy 24 AH-64E Apache helicopters.", "US", "MA"},
	}
	for _, c := range cases {
		text := "Defence news\n\n" + c.text + " They will patrol the coast."
		got := hasTransfer(t, x, c.lang, text, c.sup, c.rec)
		if !got {
			t.Errorf("%s %q: no %s>%s", c.lang, c.text, c.sup, c.rec)
		}
		forces := anyCandidate(t, x, c.lang, text, "2024-03-03", func(k Candidate) bool {
			return k.Fact.System != nil && k.Fact.System.ID == "x:forces-14"
		})
		if forces {
			t.Errorf("%s %q: a system Forces 14", c.lang, c.text)
		}
	}
}
