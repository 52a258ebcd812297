package extract

import "testing"

// TestItemDemonym: a demonym written on a kind of equipment names its
// seller over the supplier of an earlier item of the sentence; the
// buyer's own demonym does not. Sentences written for this test.
func TestItemDemonym(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "two-demonyms-headline", lang: "en",
			text: "Manila takes delivery of first Korean-built corvette; Coast Guard gets Australian drones",
			want: []string{"transfer KR>PH cat:ships q=1 delivered", "transfer AU>PH cat:aircraft delivered"},
			not:  []string{"transfer KR>PH cat:aircraft delivered"}},
		{name: "buyer-named", lang: "en",
			text: "Germany delivered Leopard 2 tanks and Ukrainian-requested howitzers to Ukraine.",
			not:  []string{"transfer UA>DE cat:artillery delivered"}},
	})
}
