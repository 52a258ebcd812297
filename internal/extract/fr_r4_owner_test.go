package extract

import "testing"

// TestFrOwnerBeforeAgent: a state named with "de"/"du" right after a system
// owns it when a passive agent "livrés par"/"vendus par" names the seller
// (fr_r4_owner.go). Sentences written for this test.
func TestFrOwnerBeforeAgent(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"du + livrés par", "fr", "2024-05-12",
			"Les drones TB2 du Mali ont été livrés par la Turquie.",
			[]string{"transfer TR>ML bayraktar-tb2 delivered y=2024"}, []string{"transfer ML>TR bayraktar-tb2 delivered y=2024"}},
		{"de l' + livrés par, with a pronoun", "fr", "2024-05-12",
			"Les Rafale de l'Égypte lui ont été livrés par la France.",
			[]string{"transfer FR>EG rafale delivered y=2024"}, []string{"transfer EG>FR rafale delivered y=2024"}},
		{"de alone stays the seller", "fr", "2024-05-12",
			"Le Mali a reçu des drones TB2 de la Turquie.",
			[]string{"transfer TR>ML bayraktar-tb2 delivered y=2024"}, nil},
	})
}
