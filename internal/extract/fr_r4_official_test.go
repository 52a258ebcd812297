package extract

import "testing"

// TestFrMadeOfficial: a sale "officialisée" or "finalisée", or that a state
// "a officialisé", is ordered (stage-ordered in lang_fr.tsv); a donation
// "officialisé" (masculine, no auxiliary "a" before it) keeps the stage of
// "don". Sentences written for this test.
func TestFrMadeOfficial(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"passive officialisée", "fr", "2024-05-12",
			"La vente de 24 Rafale à la Serbie a été officialisée lors de la visite d'Emmanuel Macron à Belgrade.",
			[]string{"transfer FR>RS rafale q=24 ordered y=2024"}, nil},
		{"active a officialisé", "fr", "2024-05-12",
			"La Suède a officialisé la vente de chasseurs Gripen E/F à la Colombie.",
			[]string{"transfer SE>CO gripen ordered y=2024"}, nil},
		{"a donation made official stays delivered", "fr", "2024-05-12",
			"Le don de 20 véhicules blindés Bastion par la France à l'armée tchadienne a été officialisé mardi.",
			[]string{"transfer FR>TD x:bastion q=20 delivered y=2024"}, []string{"transfer FR>TD x:bastion q=20 ordered y=2024"}},
	})
}
