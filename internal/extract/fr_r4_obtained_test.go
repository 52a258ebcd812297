package extract

import "testing"

// TestFrObtainedFrom: "a obtenu de/des/du" + a supplier or the goods is a
// receipt (stage-delivered in lang_fr.tsv); "a obtenu un contrat" is not.
// Sentences written for this test.
func TestFrObtainedFrom(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"obtained from a state", "fr", "2024-05-12",
			"Le Tchad a obtenu de la Turquie des drones Anka.",
			[]string{"transfer TR>TD anka delivered y=2024"}, nil},
		{"obtained the goods", "fr", "2024-05-12",
			"Le Niger a obtenu des drones TB2 de la Turquie.",
			[]string{"transfer TR>NE bayraktar-tb2 delivered y=2024"}, nil},
		{"a contract won is no receipt", "fr", "2024-05-12",
			"Naval Group a obtenu un contrat pour quatre sous-marins Scorpène avec le Brésil.",
			[]string{"transfer FR>BR scorpene q=4 ordered y=2024"}, []string{"transfer FR>BR scorpene q=4 delivered y=2024"}},
	})
}
