package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR15PairUncuedList: every state of a list whose first state the rules
// took as the buyer gets a candidate, flagged "uncued-list" when no state of
// the list carries a buyer's cue (all_r15_pair_lists.go). Sentences written
// for this test.
func TestR15PairUncuedList(t *testing.T) {
	x := New(lexicon.Default()) // candidates as the model sees them
	tests := []flagCase{
		{"fr: contracts with a list after auprès de", "fr",
			"L'avionneur brésilien a signé des contrats portant sur son Super Tucano auprès du Sénégal, du Mali et du Ghana.",
			[]string{"transfer BR>ML super-tucano", "transfer BR>GH super-tucano"}, []string{"transfer BR>SN super-tucano"}},
		{"ar: contracts with a list joined by attached and", "ar",
			"وقعت الشركة البرازيلية عقودا لبيع طائرات سوبر توكانو مع السنغال ومالي وغانا.",
			[]string{"transfer BR>GH super-tucano"}, nil},
		{"a list holding the seller is no list of buyers", "en",
			"Demand for Turkish Bayraktar TB2 drones grew after their use in Libya, Syria and Turkey.",
			nil, []string{"transfer TR>LY bayraktar-tb2", "transfer TR>SY bayraktar-tb2"}},
	}
	checkFlagged(t, x, tests, func(f string) bool { return f == "transfer|flag=uncued-list" })
}

// flagCase: the candidates (brief() forms, first three words) a text must
// and must not flag.
type flagCase struct {
	name, lang, text string
	want             []string // brief() of candidates that carry the flag
	not              []string // brief() forms that must not carry it
}

// checkFlagged checks each case's candidates that carry a feature isFlag
// accepts.
func checkFlagged(t *testing.T, x *Extractor, tests []flagCase, isFlag func(feature string) bool) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-01"})
			if err != nil {
				t.Fatal(err)
			}
			flagged := map[string]bool{}
			var all []string
			for _, c := range cs {
				b := strings.Join(strings.Fields(brief(c.Fact))[:3], " ")
				all = append(all, b+" "+strings.Join(c.Features, ","))
				for _, f := range c.Features {
					if isFlag(f) {
						flagged[b] = true
					}
				}
			}
			for _, w := range tc.want {
				if !flagged[w] {
					t.Errorf("no flagged candidate %q; have:\n  %s", w, strings.Join(all, "\n  "))
				}
			}
			for _, w := range tc.not {
				if flagged[w] {
					t.Errorf("unwanted flagged candidate %q", w)
				}
			}
		})
	}
}
