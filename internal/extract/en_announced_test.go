package extract

import "testing"

// A package a government announces is approved, with the systems of the
// announcement and of the list that follows it.
func TestAnnouncedPackage(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "announce-package-list", lang: "en",
			text: "Britain's defence minister set out more military support for Ukraine on Monday.\n\n\"Today I announce our largest package of support so far,\" the minister said. It includes 12 AS90 guns for Ukraine.\n\nAlso in the package are:\n\n- Ten Challenger 2 tanks\n\n- 50,000 artillery rounds\n\nThe minister then left for Brussels.",
			want: []string{"transfer GB>UA as90 q=12 approved", "transfer GB>UA challenger-2 q=10 approved"}},
		{name: "will-announce", lang: "en",
			text: "Britain will announce a package for Ukraine next week. It includes 12 AS90 guns for Ukraine.",
			not:  []string{"transfer GB>UA as90 q=12 approved"}},
		{name: "no-package", lang: "en",
			text: "Britain announced new sanctions on Russia on Monday. It has sent 12 AS90 guns to Ukraine.",
			not:  []string{"transfer GB>UA as90 q=12 approved"}},
	})
}
