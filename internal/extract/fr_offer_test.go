package extract

import "testing"

// The French present "offre"/"offrent" after a state and before the goods
// is a gift (delivered); the noun "offre" (a bid) is no stage.
func TestFROfferVerb(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "headline-offre-des", lang: "fr", pub: "2023-05-10",
			text: "Burkina : la Russie offre des hélicoptères de combat Mi-35 à l'armée burkinabè.",
			want: []string{"transfer RU>BF mi-24-35 delivered y=2023"}},
		{name: "offrent-au", lang: "fr", pub: "2023-05-10",
			text: "Les États-Unis offrent au Nigeria douze hélicoptères AH-1Z.",
			want: []string{"transfer US>NG ah-1z-viper q=12 delivered y=2023"}},
		{name: "noun-offre", lang: "fr", pub: "2023-05-10",
			text: "L'offre de la Suède pour remplacer les Mirage 2000 du Pérou comprend 24 Gripen.",
			not:  []string{"transfer SE>PE gripen q=24 delivered y=2023"}},
	})
}

// "prévus" after a count names an order's planned total, not the future.
func TestFRPlannedTotal(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "sur-les-n-prevus", lang: "fr", pub: "2023-05-10",
			text: "La Roumanie a pris livraison de six F-16 sur les 32 prévus, achetés à la Norvège.",
			want: []string{"transfer NO>RO f-16 q=6 delivered y=2023"}},
		{name: "des-n-systeme-prevus", lang: "fr", pub: "2023-05-10",
			text: "La Grèce a reçu les deux premiers des 24 Rafale prévus.",
			want: []string{"transfer FR>GR rafale q=2 delivered y=2023"}},
		{name: "livraisons-prevues", lang: "fr", pub: "2023-05-10",
			text: "Les livraisons des 24 Rafale à la Grèce sont prévues en 2025.",
			not:  []string{"transfer FR>GR rafale q=24 delivered y=2023"}},
	})
}
