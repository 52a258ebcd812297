package extract

import "testing"

// TestSentenceEnds: a full stop after an initial or an abbreviation does
// not end a sentence; one after a designation ending in a capital does.
func TestSentenceEnds(t *testing.T) {
	cases := []struct {
		text string
		want int // sentences
	}{
		{"The army ordered 12 H225M. The first arrive in May.", 2},
		{"Kyiv received three MQ-9B. Deliveries start next year.", 2},
		{"The deal was signed by J. Bost in Paris. It covers 12 jets.", 2},
		{"The U.S. Army ordered 12 jets. They arrive in May.", 2},
		{"Selon M. Dupont, le Maroc a reçu 12 blindés.", 1},
		{"Le contrat porte sur 12 Rafale F4. Les livraisons commencent en 2027.", 2},
	}
	for _, tc := range cases {
		if got := len(splitSentences(tc.text)); got != tc.want {
			var ss []string
			for _, s := range splitSentences(tc.text) {
				ss = append(ss, s.text)
			}
			t.Errorf("%q: %d sentences %q, want %d", tc.text, got, ss, tc.want)
		}
	}
}
