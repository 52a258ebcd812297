package extract

import "testing"

// French military aid told as funding: "un financement de N pour les
// forces armées X", "N pour financer l'équipement de l'armée X".
func TestFRFundingAid(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "un-financement-de", lang: "fr", pub: "2023-05-10",
			text: "Washington a annoncé un financement de 45 millions de dollars pour les forces armées philippines.",
			want: []string{"assistance US>PH  USD=45000000"}},
		{name: "pour-financer-lequipement", lang: "fr", pub: "2023-05-10",
			text: "La France a débloqué 10 millions d'euros pour financer l'équipement de l'armée béninoise.",
			want: []string{"assistance FR>BJ  EUR=10000000"}},
	})
}
