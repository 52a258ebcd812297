package extract

import "testing"

// TestFrApprovalPhrase: the state that "a donné son/leur feu vert (aval,
// accord) à la livraison/vente" supplies (fr_r4_approval.go; plural and
// "aval" forms in lang_fr.tsv). Sentences written for this test.
func TestFrApprovalPhrase(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"son feu vert à la livraison", "fr", "2024-05-12",
			"La Norvège a donné son feu vert à la livraison de F-16 à l'Ukraine.",
			[]string{"transfer NO>UA f-16 approved y=2024"}, []string{"transfer US>UA f-16 approved y=2024"}},
		{"leur feu vert, plural subject", "fr", "2024-05-12",
			"Les Pays-Bas ont donné leur feu vert à la livraison de F-16 à l'Ukraine.",
			[]string{"transfer NL>UA f-16 approved y=2024"}, nil},
		{"leur aval à la vente", "fr", "2024-05-12",
			"Les États-Unis ont donné leur aval à la vente de 25 F-16 au Maroc.",
			[]string{"transfer US>MA f-16 q=25 approved y=2024"}, nil},
		{"the buyer approves its purchase", "fr", "2024-05-12",
			"Le gouvernement indonésien a donné son feu vert à l'achat de 42 Rafale à la France.",
			[]string{"transfer FR>ID rafale q=42 approved y=2024"}, nil},
	})
}
