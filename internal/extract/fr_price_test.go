package extract

import "testing"

// French: "pour" before an amount is a price, not a beneficiary; the
// state after "à" at the end of the purchase sells.
func TestFRPricePour(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "achete-pour-montant-a", lang: "fr", pub: "2022-05-10",
			text: "L'Arabie saoudite a acheté pour 1,4 milliard d'euros de matériel militaire à la France.",
			want: []string{"aggregate FR>SA EUR=1400000000"}},
		{name: "commande-pour-montant-a", lang: "fr", pub: "2022-05-10",
			text: "L'Arabie saoudite a commandé pour 1,4 milliard d'euros d'armement à la France en 2022.",
			want: []string{"aggregate FR>SA EUR=1400000000"}},
		// "pour" before a state still names the beneficiary
		{name: "achat-pour-etat", lang: "fr", pub: "2022-05-10",
			text: "Les Pays-Bas ont acheté des chars pour l'Ukraine à la République tchèque.",
			not:  []string{"transfer NL>UA cat:armoured-vehicles ordered y=2022"}},
	})
}
