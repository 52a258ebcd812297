package extract

import "testing"

// Issue 8, French recall: the classes of French facts the rules proposed
// no right candidate for.
func TestFR3Classes(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// recipient-subject verbs: "prendre livraison", "obtenir"
		{name: "pris-livraison", lang: "fr", pub: "2024-05-01",
			text: "Le Togo a pris livraison de deux patrouilleurs construits par le chantier français Raidco.",
			want: []string{"transfer FR>TG cat:ships q=2 delivered y=2024"}, not: []string{"transfer TG>FR cat:ships q=2 delivered y=2024"}},
		{name: "pris-livraison-named", lang: "fr", pub: "2024-05-01",
			text: "L'Égypte a pris livraison de son premier Rafale en 2015.",
			want: []string{"transfer FR>EG rafale delivered y=2015"}},
		{name: "a-obtenu", lang: "fr", pub: "2024-05-01",
			text: "Le Bénin a obtenu de la France des véhicules blindés Bastion.",
			want: []string{"transfer FR>BJ x:bastion"}, not: []string{"transfer BJ>FR x:bastion"}},
		// "de la part de" after a verb of receiving or a gift: the giver
		{name: "recu-de-la-part", lang: "fr", pub: "2024-05-01",
			text: "Le ministère sénégalais des Forces armées a reçu quatre vedettes rapides de la part de la France, lors d'une cérémonie à Dakar mardi.",
			want: []string{"transfer FR>SN cat:ships q=4 delivered y=2024"}, not: []string{"transfer SN>FR cat:ships q=4 delivered y=2024"}},
		{name: "don-de-la-part-des", lang: "fr", pub: "2024-05-01",
			text: "Le Niger va bénéficier d'un don de véhicules blindés de la part des États-Unis.",
			want: []string{"transfer US>NE cat:armoured-vehicles delivered y=2024"}, not: []string{"transfer NE>US cat:armoured-vehicles delivered y=2024"}},
		// copies of the system the sentences before named
		{name: "exemplaires", lang: "fr", pub: "2024-05-01",
			text: "La France a livré 18 canons CAESAR à l'Ukraine en 2022. La République tchèque a commandé 52 exemplaires de la version 8x8 en 2021.",
			want: []string{"transfer FR>CZ caesar q=52 ordered y=2021"}},
		{name: "en-exemplaires", lang: "fr", pub: "2024-05-01",
			text: "La Lituanie a commandé 18 canons CAESAR à la France en 2022. La Belgique en a commandé 9 exemplaires en 2023.",
			want: []string{"transfer FR>BE caesar q=9 ordered y=2023"}},
		{name: "exemplaires-plan", lang: "fr", pub: "2024-05-01",
			text: "La Lituanie a commandé 18 canons CAESAR à la France en 2022. Le pays envisage d'acheter 6 exemplaires supplémentaires.",
			not:  []string{"transfer FR>LT caesar q=6 ordered y=2022", "transfer FR>LT caesar q=6 ordered y=2024"}},
		{name: "exemplaires-negated", lang: "fr", pub: "2024-05-01",
			text: "La Lituanie a commandé 18 canons CAESAR à la France en 2022. La Belgique n'a pas commandé 9 exemplaires.",
			not:  []string{"transfer FR>BE caesar q=9 ordered y=2022", "transfer FR>BE caesar q=9 ordered y=2024"}},
		// the states an organisation was founded by or groups, listed after it
		{name: "cree-par", lang: "fr", pub: "2023-12-03",
			text: "Le G5 Sahel, créé à Nouakchott en 2014 par la Mauritanie, le Mali, le Burkina Faso, le Niger et le Tchad, n'existe presque plus.",
			want: []string{"membership MR g5-sahel y=2014", "membership TD g5-sahel y=2014"}},
		{name: "qui-regroupe", lang: "fr", pub: "2023-12-03",
			text: "L'Alliance des États du Sahel, qui regroupe le Mali, le Burkina Faso et le Niger, a été créée en 2023.",
			want: []string{"membership ML aes", "membership BF aes", "membership NE aes"}},
		{name: "ont-fonde", lang: "fr", pub: "2023-12-03",
			text: "Le Mali, le Burkina Faso et le Niger ont fondé en septembre 2023 l'Alliance des États du Sahel (AES).",
			want: []string{"membership ML aes y=2023", "membership BF aes y=2023", "membership NE aes y=2023"}},
		{name: "one-state-no-list", lang: "fr", pub: "2023-12-03",
			text: "L'OTAN, qui réunit la France, a tenu un sommet à Vilnius.",
			not:  []string{"membership FR nato"}},
		// what the contract of the sentence before covers
		{name: "contrat-porte-sur", lang: "fr", pub: "2024-05-01",
			text: "La Croatie a signé avec la France. Le contrat porte sur 12 Rafale d'occasion pour 999 millions d'euros.",
			want: []string{"transfer FR>HR rafale q=12 EUR=999000000 ordered y=2024"}},
		{name: "il-porte-sur-maker", lang: "fr", pub: "2024-05-01",
			text: "Le ministère indonésien de la Défense a signé mardi un contrat avec Dassault Aviation. Il porte sur 18 Rafale supplémentaires.",
			want: []string{"transfer FR>ID rafale q=18"}},
		{name: "contrat-nie", lang: "fr", pub: "2024-05-01",
			text: "La Croatie n'a pas signé de contrat avec la France. Le contrat porte sur 12 Rafale d'occasion.",
			not:  []string{"transfer FR>HR rafale q=12"}},
	})
}
