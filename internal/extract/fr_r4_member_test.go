package extract

import "testing"

// TestFrBecameMember: "est devenu(e)" makes a membership cue, as "a
// rejoint" does ("membership" in lang_fr.tsv). Sentences written for this
// test.
func TestFrBecameMember(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"became a major non-NATO ally", "fr", "2024-05-12",
			"La Tunisie est devenue un allié majeur hors OTAN.",
			[]string{"membership TN mnna y=2024"}, nil},
		{"became a member of NATO", "fr", "2024-05-12",
			"La Finlande est devenue membre de l'OTAN en 2023.",
			[]string{"membership FI nato y=2023"}, nil},
	})
}
