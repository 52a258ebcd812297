package extract

import (
	"strconv"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR15PairGapped: a later clause's buyer of the same system, left out,
// gets a candidate flagged "gapped-buyer" with the clause's count
// (all_r15_pair_gapped.go). Sentences written for this test.
func TestR15PairGapped(t *testing.T) {
	x := New(lexicon.Default())
	tests := []struct {
		name, lang, text string
		want, not        string // "SUP>REC q=N" of a flagged candidate
	}{
		{"en: and X ordered N more", "en", "Egypt bought 24 Rafale jets, and Qatar ordered 12 more.", "FR>QA q=12", ""},
		{"fr: en a commandé N", "fr", "L'Égypte a acheté 24 Rafale, et le Qatar en a commandé 12.", "FR>QA q=12", ""},
		{"de: after a comma", "de", "Ägypten kaufte 24 Rafale, Katar bestellte weitere 12.", "FR>QA q=12", ""},
		{"ar: a word of the category stands for the system", "ar", "اشترت مصر 24 طائرة رافال، في حين اشترت قطر 12 طائرة.", "FR>QA q=12", ""},
		{"a clause with its own system is its own", "en", "Egypt bought 24 Rafale jets, while Qatar ordered 36 F-15 fighters.", "", "FR>QA q=36"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: "Rafale\n\n" + tc.text, Published: "2024-05-01"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, c := range cs {
				for _, f := range c.Features {
					if f == "transfer|flag=gapped-buyer" && c.Fact.Supplier != nil && c.Fact.Recipient != nil {
						got[c.Fact.Supplier.String()+">"+c.Fact.Recipient.String()+" q="+strconv.Itoa(c.Fact.Quantity)] = true
					}
				}
			}
			if tc.want != "" && !got[tc.want] {
				t.Errorf("no flagged %s; got %v", tc.want, r15pairKeys(got))
			}
			if tc.not != "" && got[tc.not] {
				t.Errorf("unwanted flagged %s", tc.not)
			}
		})
	}
}

func r15pairKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
