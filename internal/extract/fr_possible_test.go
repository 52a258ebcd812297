package extract

import "testing"

// French approval notices: the "vente éventuelle" (possible sale) a
// government approves is approved, not a hypothetical; a possible sale
// nobody approved stays one.
func TestFRPossibleSale(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "approuve-vente-eventuelle", lang: "fr", pub: "2023-05-10",
			text: "Le département d'État a approuvé la vente éventuelle au Maroc de 18 HIMARS.",
			want: []string{"transfer US>MA m142-himars q=18 approved y=2023"}},
		{name: "eventuelle-vente-approuvee", lang: "fr", pub: "2023-05-10",
			text: "Le département d'État a approuvé une éventuelle vente de missiles Stinger au Maroc.",
			want: []string{"transfer US>MA stinger approved y=2023"}},
		{name: "eventuelle-vente-sans-approbation", lang: "fr", pub: "2023-05-10",
			text: "Paris discute d'une éventuelle vente de Rafale à l'Inde.",
			not:  []string{"transfer FR>IN rafale ordered y=2023", "transfer FR>IN rafale approved y=2023"}},
	})
}
