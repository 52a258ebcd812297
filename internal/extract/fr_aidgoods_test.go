package extract

import "testing"

// French aid: the goods an aid package brings after the sentence that
// names its giver, aid an organisation gives, training by instructors
// named by their demonym, and delivery and order phrasings ("vient de
// recevoir", "a doté ... de", "s'est vu livrer").
func TestFRAidAndDeliveries(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// the aid's giver gives the goods the next sentences list
		{name: "aid-then-goods", lang: "fr", pub: "2019-12-12",
			text: "Les États-Unis ont accordé au Niger une aide militaire de 21 millions de dollars. Treize blindés Mamba ont été livrés au Niger.",
			want: []string{"assistance US>NE  USD=21000000", "transfer US>NE x:mamba q=13 delivered y=2019"}},
		// an organisation's aid to the one state named after it
		{name: "org-aid-en-faveur", lang: "fr", pub: "2024-07-24",
			text: "Le Conseil de l'UE a adopté une mesure d'assistance de 20 millions d'euros en faveur des forces armées béninoises.",
			want: []string{"assistance EU>BJ  EUR=20000000"}},
		{name: "org-aid-two-states", lang: "fr", pub: "2024-07-24",
			text: "L'OTAN et la France ont accordé une aide militaire de 20 millions d'euros en faveur du Bénin.",
			not:  []string{"assistance NATO>BJ  EUR=20000000"}},
		// instructors named by their demonym train
		{name: "formateurs", lang: "fr", pub: "2022-03-01",
			text: "Des formateurs américains ont entraîné un bataillon de commandos nigériens.",
			want: []string{"assistance US>NE "}},
		{name: "dispensee-par-instructeurs", lang: "fr", pub: "2022-03-01",
			text: "Les militaires togolais bénéficient d'une formation dispensée par des instructeurs américains.",
			want: []string{"assistance US>TG "}},
		// trainer aircraft are equipment, not training
		{name: "avions-d-entrainement", lang: "fr", pub: "2023-05-10",
			text: "La Turquie a livré 12 avions d'entraînement au Niger.",
			want: []string{"transfer TR>NE cat:aircraft q=12 delivered y=2023"}, not: []string{"assistance TR>NE "}},
		{name: "systemes-antichars", lang: "fr", pub: "2023-05-10",
			text: "La Turquie a livré 12 systèmes antichars au Niger.",
			want: []string{"transfer TR>NE cat:missiles q=12 delivered y=2023"}},
		// "forces armées X" receiving: X gets, the headline's seller sells
		{name: "forces-armees-demonym", lang: "fr", pub: "2023-03-14",
			text: "La Chine livre des blindés au Togo.\n\nLes forces armées togolaises ont réceptionné mardi une vingtaine de véhicules blindés.",
			not:  []string{"transfer TG>CN cat:armoured-vehicles q=20 delivered y=2023"}},
		// delivery and order phrasings
		{name: "vient-de-recevoir", lang: "fr", pub: "2023-05-10",
			text: "Abidjan vient de recevoir un lot de blindés de la société turque Otokar.",
			want: []string{"transfer TR>CI cat:armoured-vehicles delivered y=2023"}},
		{name: "a-dote-de", lang: "fr", pub: "2023-05-10",
			text: "La Turquie a doté le Niger de six drones Bayraktar TB2.",
			want: []string{"transfer TR>NE bayraktar-tb2 q=6 delivered y=2023"}},
		{name: "royaume-cherifien", lang: "fr", pub: "2023-05-10",
			text: "Le royaume chérifien a acquis des canons Caesar auprès de la France.",
			want: []string{"transfer FR>MA caesar ordered y=2023"}},
		{name: "doit-livrer-pledge", lang: "fr", pub: "2019-12-12",
			text: "Washington doit livrer au Niger un avion de transport C-130 Hercules.",
			want: []string{"transfer US>NE c-130-hercules q=1 approved y=2019"}},
	})
}
