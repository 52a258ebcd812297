package extract

import "testing"

// "l'armée burkinabè" in the lead names the buyer of a later sentence
// that lists systems made in the seller's state.
func TestFRForcesDemonymBuyer(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "armee-demonym-lead", lang: "fr", pub: "2024-05-10",
			text: "L'armée burkinabè reçoit des camions et des blindés chinois.\n\n" +
				"Le chef de l'État a remis aux forces armées un lot de matériel venu de Chine.\n\n" +
				"On distingue une cinquantaine de Norinco CS/VP14, tous fabriqués en Chine.",
			want: []string{"transfer CN>BF cs-vp3 q=50 delivered y=2024"}},
		{name: "demonym-not-forces", lang: "fr", pub: "2024-05-10",
			text: "Le président burkinabè a visité Pékin.\n\n" +
				"On distingue une cinquantaine de Norinco CS/VP14, tous fabriqués en Chine.",
			not: []string{"transfer CN>BF cs-vp3 q=50"}},
	})
}
