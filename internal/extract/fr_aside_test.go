package extract

import "testing"

// French negations in an aside ("…, sans préciser le montant", "…, qui
// n'a pas donné de détails") deny nothing of the main clause; "compte"
// before a count is no plan; a possible sale approved is approved.
func TestFRAsideNegation(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "sans-preciser", lang: "fr", pub: "2023-05-10",
			text: "Le Maroc a acheté 13 drones Bayraktar TB2 à la Turquie, sans préciser le montant du contrat.",
			want: []string{"transfer TR>MA bayraktar-tb2 q=13 ordered y=2023"}},
		{name: "sans-que-ne", lang: "fr", pub: "2023-05-10",
			text: "Le Maroc a commandé 13 drones Bayraktar TB2, sans que le montant ne soit dévoilé.",
			want: []string{"transfer TR>MA bayraktar-tb2 q=13 ordered y=2023"}},
		{name: "qui-n-a-pas", lang: "fr", pub: "2023-05-10",
			text: "La Russie a livré deux Su-24 au Mali, a indiqué le ministère, qui n'a pas donné de détails.",
			want: []string{"transfer RU>ML su-24 q=2 delivered y=2023"}},
		{name: "option-jamais-levee", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte avait conclu en 2015 un contrat pour 24 Rafale, avec une option pour douze autres qui n'a jamais été levée.",
			want: []string{"transfer FR>EG rafale q=24 ordered y=2015"}},
		{name: "compte-desormais", lang: "fr", pub: "2023-05-10",
			text: "Le Maroc compte désormais 19 drones Bayraktar TB2 achetés à la Turquie.",
			want: []string{"transfer TR>MA bayraktar-tb2 q=19 ordered y=2023"}},
		{name: "vente-potentielle-approuvee", lang: "fr", pub: "2023-05-10",
			text: "Le département d'État a approuvé la vente potentielle de 18 HIMARS au Maroc.",
			want: []string{"transfer US>MA m142-himars q=18 approved y=2023"}},
		// the negation of the main clause still denies
		{name: "main-negation", lang: "fr", pub: "2023-05-10",
			text: "Le Maroc n'a pas acheté de drones Bayraktar TB2, qui sont trop chers.",
			not:  []string{"transfer TR>MA bayraktar-tb2 ordered y=2023"}},
		{name: "que-relative-keeps", lang: "fr", pub: "2023-05-10",
			text: "Ce sont des drones Bayraktar TB2 que le Maroc n'a pas achetés.",
			not:  []string{"transfer TR>MA bayraktar-tb2 ordered y=2023"}},
		{name: "compte-acheter", lang: "fr", pub: "2023-05-10",
			text: "Le Maroc compte acheter des drones Bayraktar TB2.",
			not:  []string{"transfer TR>MA bayraktar-tb2 ordered y=2023"}},
	})
}
