package extract

import "testing"

// TestFrReflexiveAcquire: French reflexive verbs of acquiring ("s'est
// procuré", "s'équipe de", "se dote de") give the ordered stage and make
// their subject the buyer (stage-ordered and stage-received in
// lang_fr.tsv). Sentences written for this test.
func TestFrReflexiveAcquire(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"s'est procuré", "fr", "2024-05-12",
			"Le Maroc s'est procuré 13 drones Bayraktar TB2 auprès de la Turquie.",
			[]string{"transfer TR>MA bayraktar-tb2 q=13 ordered y=2024"}, nil},
		{"s'équipe de with a demonym", "fr", "2024-05-12",
			"La Serbie s'équipe de 12 Rafale français.",
			[]string{"transfer FR>RS rafale q=12 ordered y=2024"}, nil},
		{"se dote de", "fr", "2024-05-12",
			"Le Niger se dote de drones turcs Akinci.",
			[]string{"transfer TR>NE akinci ordered y=2024"}, nil},
		{"s'est équipée de", "fr", "2024-05-12",
			"L'Algérie s'est équipée de 14 Su-57 russes.",
			[]string{"transfer RU>DZ su-57 q=14 ordered y=2024"}, nil},
	})
}
