package extract

import "testing"

// TestWelcomedFirstOf: a navy that welcomed the first of an order has
// received it; the whole is ordered. Sentences written for this test.
func TestWelcomedFirstOf(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "welcomed-first-of", lang: "en",
			text: "The Philippine Navy on Monday welcomed BRP Rizal, the first of two corvettes that Manila ordered from South Korea.",
			want: []string{"transfer KR>PH x:brp-rizal q=1 delivered", "transfer KR>PH x:brp-rizal q=2 ordered"}},
		{name: "welcomed-years", lang: "en", pub: "2025-04-15",
			text: "The Philippine Navy on Monday welcomed BRP Rizal, the first of two corvettes that Manila ordered from South Korea in 2021.",
			want: []string{"transfer KR>PH x:brp-rizal q=1 delivered y=2025", "transfer KR>PH x:brp-rizal q=2 ordered y=2021"}},
		// welcoming a decision is no delivery
		{name: "welcomed-decision", lang: "en",
			text: "Manila welcomed the decision to order the first of two corvettes from South Korea.",
			not:  []string{"transfer KR>PH cat:ships q=1 delivered"}},
	})
}
