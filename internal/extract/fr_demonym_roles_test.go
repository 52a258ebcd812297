package extract

import "testing"

// French totals whose states are demonyms on the nouns of trade: the
// buyer's on "commandes/achats", the seller's on "ventes/exportations".
func TestFRDemonymRoles(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "commandes-algeriennes", lang: "fr", pub: "2023-05-10",
			text: "Les commandes algériennes d'armement russe ont atteint 7 milliards de dollars en 2021.",
			want: []string{"aggregate RU>DZ USD=7000000000"}, not: []string{"aggregate DZ>RU USD=7000000000"}},
		{name: "achats-marocains", lang: "fr", pub: "2023-05-10",
			text: "Les achats marocains d'armes américaines se sont élevés à 2 milliards de dollars.",
			want: []string{"aggregate US>MA USD=2000000000"}},
		{name: "exportations-russes", lang: "fr", pub: "2023-05-10",
			text: "Les exportations russes d'armes vers l'Algérie ont atteint 4 milliards de dollars.",
			want: []string{"aggregate RU>DZ USD=4000000000"}},
	})
}
