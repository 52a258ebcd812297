package extract

import "testing"

// TestTransitState: a state goods pass through ("via", "through", "by way
// of") is neither seller nor buyer. Sentences written for this test.
func TestTransitState(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "by-way-of", lang: "en",
			text: "A convoy of Indian Pinaka rocket launchers arrived in Armenia by way of Iran last week.",
			want: []string{"transfer IN>AM pinaka delivered"},
			not:  []string{"transfer IN>IR pinaka delivered"}},
		{name: "via", lang: "en",
			text: "Ten Leopard 2 tanks from Germany were delivered to Ukraine via Poland.",
			not:  []string{"transfer DE>PL leopard-2 q=10 delivered"}},
		{name: "through-the", lang: "en",
			text: "Iranian drones were shipped to Russia through the Caspian and through Azerbaijan, officials said.",
			not:  []string{"transfer IR>AZ"}},
		// where the goods arrive is who gets them, not a mere place
		{name: "arrived-in", lang: "en",
			text: "Twelve K9 howitzers made in South Korea arrived in Poland on Monday, angering Russia.",
			want: []string{"transfer KR>PL k9-thunder q=12 delivered"}},
		// a possessive after "through" names a maker's state, not a route
		{name: "possessive-kept", lang: "en",
			text: "Poland bought 24 Bayraktar TB2 drones through Turkey's Baykar.",
			want: []string{"transfer TR>PL bayraktar-tb2 q=24 ordered"}},
	})
}
