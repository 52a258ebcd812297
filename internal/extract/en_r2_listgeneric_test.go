package extract

import "testing"

// TestListGeneric: a kind of equipment listed after a named system, past a
// comma, is an item of its own; touching the name it only says what the
// system is. Sentences written for this test.
func TestListGeneric(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "middle-of-list", lang: "en",
			text: "Armenia signed a contract with India's government for Pinaka launchers, anti-tank missiles and ammunition.",
			want: []string{"transfer IN>AM pinaka ordered", "transfer IN>AM cat:missiles ordered", "transfer IN>AM cat:ammunition ordered"}},
		{name: "drones-after-tanks", lang: "en",
			text: "Poland ordered K2 tanks, drones and radars from South Korea.",
			want: []string{"transfer KR>PL cat:aircraft ordered"}},
		// the kind word touching the name is the name's
		{name: "kind-word", lang: "en",
			text: "Poland ordered 180 K2 tanks from South Korea.",
			want: []string{"transfer KR>PL k2-black-panther q=180 ordered"},
			not:  []string{"transfer KR>PL cat:armoured-vehicles q=180 ordered"}},
	})
}
