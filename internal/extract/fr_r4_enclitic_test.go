package extract

import "testing"

// TestFrEnClitic: a French "en" before a verb of a stage and a bare count
// after it counts a batch or a further order of the system told just
// before (fr_r4_enclitic.go). Sentences written for this test.
func TestFrEnClitic(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"pledged, some delivered", "fr", "2024-05-12",
			"La France a promis 12 canons Caesar à l'Ukraine et en a déjà livré six.",
			[]string{"transfer FR>UA caesar q=12 approved y=2024", "transfer FR>UA caesar q=6 delivered y=2024"}, nil},
		{"ordered, some received after a semicolon", "fr", "2024-05-12",
			"Le Maroc a commandé 24 Apache aux États-Unis ; il en a reçu six en mars.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2024", "transfer US>MA ah-64-apache q=6 delivered y=2024"}, nil},
		{"in the next sentence", "fr", "2024-05-12",
			"Le Maroc a commandé 24 Apache aux États-Unis en 2019. Il en a reçu six en mars 2023.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2019", "transfer US>MA ah-64-apache q=6 delivered y=2023"}, nil},
		{"out of the whole ordered", "fr", "2024-05-12",
			"Sur les 24 F-16 commandés aux États-Unis, le Maroc en a déjà reçu huit.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024", "transfer US>MA f-16 q=8 delivered y=2024"},
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"a further order", "fr", "2024-05-12",
			"L'Égypte avait déjà acheté 24 Rafale ; elle en commande 30 de plus à la France.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024", "transfer FR>EG rafale q=30 ordered y=2024"}, nil},
		{"another buyer is not the same deal", "fr", "2024-05-12",
			"La Grèce a commandé 24 Rafale à la France, tandis que la Croatie en a acheté 12.",
			[]string{"transfer FR>HR rafale q=12 ordered"}, []string{"transfer FR>GR rafale q=12 ordered y=2024"}},
		{"a next sentence with its own system", "fr", "2024-05-12",
			"Le Maroc a commandé 24 Apache aux États-Unis. Il a reçu six F-16 en mars 2025.",
			nil, []string{"transfer US>MA ah-64-apache q=6 delivered y=2025"}},
	})
}
