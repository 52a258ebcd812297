package extract

import "testing"

// French: the part of an order already delivered, after "dont" or after
// "Sur les N ...,".
func TestFRDontDelivered(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "dont-deux-livres", lang: "fr", pub: "2023-05-10",
			text: "Le Niger a commandé six drones TB2 à la Turquie, dont deux ont déjà été livrés.",
			want: []string{"transfer TR>NE bayraktar-tb2 q=2 delivered y=2023", "transfer TR>NE bayraktar-tb2 q=6 ordered"}},
		{name: "sur-les-n", lang: "fr", pub: "2023-05-10",
			text: "Sur les 24 Rafale commandés par le Qatar, 12 ont déjà été livrés.",
			want: []string{"transfer FR>QA rafale q=12 delivered y=2023", "transfer FR>QA rafale q=24 ordered"}},
		// "dont" with no delivery word is no part delivered
		{name: "dont-no-delivery", lang: "fr", pub: "2023-05-10",
			text: "Le Niger a commandé six drones TB2, dont deux armés.",
			not:  []string{"transfer TR>NE bayraktar-tb2 q=2 delivered y=2023"}},
	})
}
