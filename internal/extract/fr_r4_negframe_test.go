package extract

import "testing"

// TestFrNegationFrame: a French "ne … pas/aucun" whose partner is part of an
// idiom that negates nothing, or a restrictive "ne … que", keeps the
// candidate (fr_r4_negframe.go, not-negation in lang_fr.tsv); a real
// negation still drops it. Sentences written for this test.
func TestFrNegationFrame(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"not only", "fr", "2024-05-12",
			"Le Maroc n'a pas seulement acheté des F-16 aux États-Unis, il a aussi commandé des Apache.",
			[]string{"transfer US>MA f-16 ordered y=2024", "transfer US>MA ah-64-apache ordered y=2024"}, nil},
		{"did not content itself with", "fr", "2024-05-12",
			"L'Algérie ne s'est pas contentée d'acheter des Su-57 à la Russie : elle a aussi commandé des Su-34.",
			[]string{"transfer RU>DZ su-57 ordered y=2024", "transfer RU>DZ su-34 ordered y=2024"}, nil},
		{"did not wait", "fr", "2024-05-12",
			"Le Maroc n'a pas tardé à commander 24 hélicoptères Apache aux États-Unis.",
			[]string{"transfer US>MA ah-64-apache q=24"}, nil},
		{"no doubt", "fr", "2024-05-12",
			"Il ne fait aucun doute que l'Algérie a commandé des Su-57 à la Russie.",
			[]string{"transfer RU>DZ su-57 ordered y=2024"}, nil},
		{"without any doubt", "fr", "2024-05-12",
			"L'Algérie a sans aucun doute commandé des Su-57 à la Russie.",
			[]string{"transfer RU>DZ su-57 ordered y=2024"}, nil},
		{"restrictive ne ... que", "fr", "2024-05-12",
			"La France ne livrera que 12 Rafale à la Croatie cette année.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2024"}, nil}, // all_stage_r5_words.go: "livrera" between two named states
		{"restrictive ne ... qu' before a year", "fr", "2024-05-12",
			"Le Maroc ne recevra ses F-16 Block 72 commandés aux États-Unis qu'en 2027.",
			[]string{"transfer US>MA f-16-block-70-72 ordered y=2024"}, nil},
		{"does not let up: no denial", "fr", "2024-05-12",
			"L'aide militaire française au Cameroun ne se dément pas : la France a livré 20 blindés Bastion au Cameroun.",
			[]string{"transfer FR>CM arquus-bastion q=20 delivered y=2024"}, nil},
		{"does not let up, before an order", "fr", "2024-05-12",
			"L'appétit de l'Égypte pour le Rafale ne se dément pas : Le Caire a commandé 30 Rafale supplémentaires à la France.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2024"}, nil},
		{"a denial still drops", "fr", "2024-05-12",
			"Alger dément avoir commandé des Su-57 à la Russie.",
			nil, []string{"transfer RU>DZ su-57 ordered y=2024", "transfer RU>DZ su-57 y=2024"}},
		{"a plain negation still drops", "fr", "2024-05-12",
			"La France ne livrera pas de Rafale à la Croatie.",
			nil, []string{"transfer FR>HR rafale delivered y=2024", "transfer FR>HR rafale y=2024"}},
		{"aucun still drops", "fr", "2024-05-12",
			"Le Maroc n'a acheté aucun Rafale à la France.",
			nil, []string{"transfer FR>MA rafale ordered y=2024", "transfer FR>MA rafale y=2024"}},
	})
}
