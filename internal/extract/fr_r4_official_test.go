package extract

import "testing"

// TestFrMadeOfficial: a sale "officialisée" or "finalisée" is ordered
// (stage-ordered in lang_fr.tsv). Sentences written for this test.
func TestFrMadeOfficial(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"passive officialisée", "fr", "2024-05-12",
			"La vente de 24 Rafale à la Serbie a été officialisée lors de la visite d'Emmanuel Macron à Belgrade.",
			[]string{"transfer FR>RS rafale q=24 ordered y=2024"}, nil},
		{"active a officialisé", "fr", "2024-05-12",
			"La Suède a officialisé la vente de chasseurs Gripen E/F à la Colombie.",
			[]string{"transfer SE>CO gripen ordered y=2024"}, nil},
	})
}
