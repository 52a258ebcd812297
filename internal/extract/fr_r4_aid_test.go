package extract

import "testing"

// TestFrAidKinds: French training of special, air or naval forces named by
// a demonym (fr_training.go). Sentences written for this test.
func TestFrAidKinds(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"special forces trained", "fr", "2024-05-12",
			"Les États-Unis ont entraîné des forces spéciales tchadiennes.",
			[]string{"assistance US>TD "}, nil},
		{"special forces trained, present", "fr", "2024-05-12",
			"La Turquie forme les forces spéciales somaliennes.",
			[]string{"assistance TR>SO "}, nil},
	})
}
