package extract

import "testing"

// TestReportedWould: "said X would donate/send/sell" reports a pledge,
// approved; a "would" with no reporting verb, or beside "if", stays a
// hypothetical. Sentences written for this test.
func TestReportedWould(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "said-would-send", lang: "en",
			text: "The minister said Germany would send 18 Leopard 2 tanks to Ukraine.",
			want: []string{"transfer DE>UA leopard-2 q=18 approved"}},
		{name: "added-that-would-donate", lang: "en",
			text: "The Philippine Navy marked its anniversary on Monday. The admiral added that South Korea would donate two patrol boats to the Philippines.",
			want: []string{"transfer KR>PH cat:ships q=2 approved"}},
		{name: "would-also-sell", lang: "en",
			text: "Officials said the United States would also sell 12 F-16 jets to Turkey.",
			want: []string{"transfer US>TR f-16 q=12 approved"}},
		// no reporting verb: a condition of a deal, not a pledge
		{name: "bare-would", lang: "en",
			text: "Japan would supply six radars to the Philippines under the deal.",
			not:  []string{"transfer JP>PH cat:sensors q=6 approved"}},
		{name: "would-if", lang: "en",
			text: "The minister said Germany would send 18 Leopard 2 tanks to Ukraine if parliament agreed.",
			not:  []string{"transfer DE>UA leopard-2 q=18 approved"}},
		{name: "could", lang: "en",
			text: "The minister said Germany could send 18 Leopard 2 tanks to Ukraine.",
			not:  []string{"transfer DE>UA leopard-2 q=18 approved"}},
	})
}
