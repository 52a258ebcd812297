package extract

import "testing"

// French donations of equipment with no amount, and training paid for by
// a state named after "par".
func TestFRGiftInKind(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "remis-un-don", lang: "fr", pub: "2023-05-10",
			text: "La Turquie a remis un don de matériel militaire à l'armée somalienne.",
			want: []string{"assistance TR>SO "}},
		{name: "beneficie-don-demonym", lang: "fr", pub: "2023-05-10",
			text: "Le Cameroun a bénéficié d'un don chinois de matériel militaire.",
			want: []string{"assistance CN>CM "}},
		{name: "fait-don", lang: "fr", pub: "2023-05-10",
			text: "La Chine a fait don de matériel militaire au Cameroun.",
			want: []string{"assistance CN>CM "}},
		// a named system given is a transfer; a gift of medicines no arms
		{name: "named-system-gift", lang: "fr", pub: "2023-05-10",
			text: "La France a livré 12 blindés Bastion au Tchad, un don de matériel militaire.",
			want: []string{"transfer FR>TD arquus-bastion q=12 delivered y=2023"}, not: []string{"assistance FR>TD "}},
		{name: "medicines", lang: "fr", pub: "2023-05-10",
			text: "La France a remis un don de médicaments au Niger.",
			not:  []string{"assistance FR>NE "}},
		{name: "finance-par", lang: "fr", pub: "2023-05-10",
			text: "Le programme de formation des officiers béninois est financé par la France.",
			want: []string{"assistance FR>BJ "}},
	})
}
