package extract

import "testing"

// TestBuiltIn: where goods of no known origin were built names their
// seller; a state building for itself, or a system whose origin the
// lexicon gives, is left as it was. Sentences written for this test.
func TestBuiltIn(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "built-in", lang: "en",
			text: "The Ghana Navy on Friday commissioned two patrol boats built in China.",
			want: []string{"transfer CN>GH cat:ships q=2 delivered"}},
		{name: "built-for-it-in", lang: "en",
			text: "The Pakistan Navy commissioned PNS Alamgir, the first of four frigates built for it in Turkey, on Monday.",
			want: []string{"transfer TR>PK x:pns-alamgir q=1 delivered", "transfer TR>PK x:pns-alamgir q=4 ordered"}},
		{name: "manufactured-in", lang: "en",
			text: "Uganda received four helicopters manufactured in Russia last week.",
			want: []string{"transfer RU>UG cat:aircraft q=4 delivered"}},
		// a state opening the sentence after "In the": nothing before "in"
		{name: "in-the-opening", lang: "en",
			text: "In the Philippines two patrol boats arrived from Japan in 2024.",
			want: []string{"transfer JP>PH cat:ships q=2 delivered y=2024"}},
		{name: "constructed-in", lang: "en",
			text: "Nigeria received two patrol boats constructed in China.",
			want: []string{"transfer CN>NG cat:ships q=2 delivered"}},
		// a state's own yard: no seller but the buyer, no transfer
		{name: "own-yard", lang: "en",
			text: "The Bangladesh Navy commissioned two patrol boats built in Bangladesh.",
			not:  []string{"transfer BD>BD cat:ships q=2 delivered"}},
		// the lexicon's origin stands: assembled in the buyer's country
		{name: "known-origin", lang: "en",
			text: "India received 12 Su-30MKI fighters from Russia, assembled in India.",
			want: []string{"transfer RU>IN su-30 q=12 delivered"}},
	})
}
