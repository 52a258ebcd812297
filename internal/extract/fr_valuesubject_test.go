package extract

import "testing"

// A French sentence whose subject is the price gives it to the deal of the
// sentence before; "pour le compte de" names the recipient; funding "pour
// l'achat" and "coopération structurelle" are military aid.
func TestFRValueSubjectAccountAid(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "son-cout", lang: "fr", pub: "2022-03-24",
			text: "La Grèce a commandé à la France une frégate FREMM. Son coût est estimé à 470 millions d'euros, formation comprise.",
			want: []string{"transfer FR>GR fremm q=1 EUR=470000000 ordered y=2022"}},
		{name: "no-value-subject", lang: "fr", pub: "2022-03-24",
			text: "La Grèce a commandé à la France une frégate FREMM. Athènes dépense 470 millions d'euros pour ses hôpitaux.",
			not:  []string{"transfer FR>GR fremm q=1 EUR=470000000 ordered y=2022"}},
		{name: "au-profit-de", lang: "fr", pub: "2022-03-24",
			text: "Nexter livrera douze canons Caesar au profit de l'Arménie.",
			want: []string{"transfer FR>AM caesar q=12"}},
		{name: "cooperation-structurelle", lang: "fr", pub: "2022-03-24",
			text: "La France a accordé au Bénin une aide de 5 millions d'euros au titre de la coopération structurelle.",
			want: []string{"assistance FR>BJ  EUR=5000000"}},
		{name: "financement-pour-lachat", lang: "fr", pub: "2022-03-24",
			text: "Washington a accordé au Niger 8 millions de dollars au titre d'un financement pour l'achat de véhicules blindés.",
			want: []string{"assistance US>NE  USD=8000000"}},
	})
}
