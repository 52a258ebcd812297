package extract

import "testing"

// French: the other customers of the one model a text is about, taken up
// by a unit noun, by "en" before the verb, or by "client".
func TestFROtherCustomers(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "a-son-tour-exemplaires", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte a signé un contrat pour 30 Rafale en 2021. Trois mois plus tard, le Qatar commandait à son tour 24 exemplaires.",
			want: []string{"transfer FR>QA rafale q=24 ordered y=2021"}},
		{name: "en-a-achete", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte a signé un contrat pour 30 Rafale. L'Inde en a acheté 36 en 2016.",
			want: []string{"transfer FR>IN rafale q=36 ordered y=2016"}},
		{name: "premier-client", lang: "fr", pub: "2022-03-10",
			text: "L'Algérie veut des drones Bayraktar TB2. Le Qatar en est devenu le premier client à l'export en 2018.",
			want: []string{"transfer TR>QA bayraktar-tb2 ordered y=2018"}},
		{name: "appareils-recus", lang: "fr", pub: "2022-03-10",
			text: "La Croatie a acheté douze Rafale d'occasion. La Grèce a reçu ses six premiers appareils en 2021.",
			want: []string{"transfer FR>GR rafale q=6 delivered y=2021"}},
		// two models named before: which one is meant is unknown
		{name: "two-models-before", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte a commandé 30 Rafale et 10 Mirage 2000. L'Inde en a acheté 36 en 2016.",
			not:  []string{"transfer FR>IN rafale q=36 ordered y=2016"}},
		// the model's own state is no customer; a denial is no purchase
		{name: "origin-buyer", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte a signé un contrat pour 30 Rafale. La France en a commandé 42 de plus.",
			not:  []string{"transfer FR>FR rafale q=42 ordered"}},
		{name: "denied", lang: "fr", pub: "2021-05-04",
			text: "L'Égypte a signé un contrat pour 30 Rafale. Le Maroc n'en a jamais acheté.",
			not:  []string{"transfer FR>MA rafale ordered"}},
	})
}
