package extract

import "testing"

// French recall on whole documents: a generic count named by a sentence
// beside it, the French genitive "des FAR", and an exercise named before
// its word.
func TestFRDocClasses(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// a generic count takes the one named system of its kind that a
		// sentence next to it names
		{name: "named-after", lang: "fr", pub: "2022-06-02",
			text: "Quatre appareils commandés à la Russie sont arrivés mardi à Bamako. Il s'agit d'hélicoptères Mi-171 destinés à l'armée de l'air malienne.",
			want: []string{"transfer RU>ML mi-8-17 q=4 delivered y=2022"}},
		{name: "named-before", lang: "fr", pub: "2022-06-02",
			text: "Le Kenya présente ses nouveaux Bayraktar TB2. Nairobi a acheté six drones à la Turquie l'an dernier, selon le ministère.",
			want: []string{"transfer TR>KE bayraktar-tb2 q=6 ordered y=2021"}},
		{name: "two-named-of-kind", lang: "fr", pub: "2022-06-02",
			text: "Le Kenya aligne des Bayraktar TB2 et des Wing Loong II. Nairobi a acheté six drones à la Turquie l'an dernier.",
			not:  []string{"transfer TR>KE bayraktar-tb2 q=6 ordered y=2021"}},
		{name: "named-other-origin-named", lang: "fr", pub: "2022-06-02",
			text: "La Chine exporte ses Wing Loong II. Le Kenya a acheté six drones à la Turquie l'an dernier.",
			not:  []string{"transfer TR>KE wing-loong-ii q=6 ordered y=2021"}},
		// the genitive "des FAR" does not make the receiving state a seller
		{name: "genitive-des-forces", lang: "fr", pub: "2025-03-06",
			text: "Le Maroc a réceptionné six hélicoptères de combat, signe selon l'inspecteur général des FAR du partenariat avec les États-Unis.",
			want: []string{"transfer US>MA cat:aircraft q=6 delivered y=2025"}, not: []string{"transfer MA>US cat:aircraft q=6 delivered y=2025"}},
		// the agent of an order or a purchase buys; of a delivery, sells
		{name: "commande-par", lang: "fr", pub: "2024-05-12",
			text: "La commande de 30 canons Caesar par la Lituanie a été signée en 2023.",
			want: []string{"transfer FR>LT caesar q=30 ordered y=2023"}, not: []string{"transfer LT>FR caesar q=30 ordered y=2023"}},
		{name: "acquisition-par", lang: "fr", pub: "2024-05-12",
			text: "L'acquisition de 8 hélicoptères H225M par l'Irak remonte à 2022.",
			want: []string{"transfer FR>IQ h225m q=8 ordered y=2022"}},
		{name: "livraison-par", lang: "fr", pub: "2024-05-12",
			text: "La livraison de 8 hélicoptères H225M à l'Irak par la France a eu lieu en 2022.",
			not:  []string{"transfer IQ>FR h225m q=8 delivered y=2022"}},
		{name: "reception-par", lang: "fr", pub: "2024-05-12",
			text: "La réception des quatre hélicoptères Mi-171 par le Mali a eu lieu mardi à Bamako.",
			want: []string{"transfer RU>ML mi-8-17 q=4 delivered y=2024"}},
		// a maker opening the sentence sells; a maker signing with a
		// state sells to it
		{name: "maker-first", lang: "fr", pub: "2024-05-12",
			text: "Piriou a livré quatre patrouilleurs à la Mauritanie.",
			want: []string{"transfer FR>MR cat:ships q=4 delivered y=2024"}},
		{name: "maker-signe-avec", lang: "fr", pub: "2024-05-12",
			text: "Dassault Aviation a signé avec la Serbie un contrat pour 12 Rafale.",
			want: []string{"transfer FR>RS rafale q=12 ordered y=2024"}, not: []string{"transfer RS>FR rafale q=12 ordered y=2024"}},
		{name: "maker-signe-contrat-avec", lang: "fr", pub: "2024-05-12",
			text: "Naval Group a signé un contrat avec la Roumanie portant sur quatre corvettes.",
			want: []string{"transfer FR>RO cat:ships q=4 ordered y=2024"}},
		{name: "state-signe-avec-maker", lang: "fr", pub: "2024-05-12",
			text: "La Serbie a signé avec Dassault Aviation un contrat pour 12 Rafale.",
			want: []string{"transfer FR>RS rafale q=12 ordered y=2024"}},
		// lexicon rows: participles of signing, a city standing for its state
		{name: "vente-signee", lang: "fr", pub: "2024-05-12",
			text: "La vente de 12 canons Caesar à la Lituanie a été signée en 2022.",
			want: []string{"transfer FR>LT caesar q=12 ordered y=2022"}},
		{name: "abidjan", lang: "fr", pub: "2024-05-12",
			text: "Abidjan a acquis des drones Bayraktar TB2 auprès de la Turquie.",
			want: []string{"transfer TR>CI bayraktar-tb2 ordered y=2024"}},
		// the agent of a handing over in the next sentence gives what a
		// state received
		{name: "ces-blindes-fournis-par", lang: "fr", pub: "2024-05-12",
			text: "Le Burkina Faso a reçu 14 véhicules blindés. Ces véhicules ont été fournis par la Chine au titre de la coopération.",
			want: []string{"transfer CN>BF cat:armoured-vehicles q=14 delivered y=2024"}},
		{name: "ces-blindes-construits-ailleurs", lang: "fr", pub: "2024-05-12",
			text: "Le Burkina Faso a reçu 14 véhicules blindés. Ces véhicules ont été présentés par la Chine lors d'un salon.",
			not:  []string{"transfer CN>BF cat:armoured-vehicles q=14 delivered y=2024"}},
		// "ont créé" an organisation: its founders are members
		{name: "ont-cree", lang: "fr", pub: "2024-05-12",
			text: "Le Tchad, le Niger et le Mali ont créé l'Alliance des États du Sahel.",
			want: []string{"membership TD aes", "membership NE aes", "membership ML aes"}},
		// "171 livrés" is no sum in pounds; armed forces by their acronym
		{name: "livres-participe", lang: "fr", pub: "2024-05-12",
			text: "Les FAMa ont réceptionné trois hélicoptères Mi-171 livrés par la Russie.",
			want: []string{"transfer RU>ML mi-8-17 q=3 delivered y=2024"}},
		{name: "livres-monnaie", lang: "fr", pub: "2024-05-12",
			text: "Le Royaume-Uni a vendu 12 Eurofighter Typhoon au Qatar pour 5 milliards de livres.",
			want: []string{"transfer GB>QA eurofighter-typhoon q=12 GBP=5000000000 ordered y=2024"}},
		// a name given before the exercise word
		{name: "baptise-avant", lang: "fr", pub: "2023-11-16",
			text: "Baptisé « Teranga Shield 2023 », cet exercice interarmées réunit les forces sénégalaises et gambiennes.",
			want: []string{"exercise SN+GM Teranga Shield 2023 y=2023"}},
		{name: "manoeuvre-nationale", lang: "fr", pub: "2024-11-29",
			text: "L'armée gabonaise organise l'exercice « Ogooué 2024 » du 2 au 8 décembre. Cette manœuvre nationale mobilise 800 soldats.",
			not:  []string{"exercise GA Ogooué 2024 y=2024"}},
		{name: "baptise-sans-exercice", lang: "fr", pub: "2023-11-16",
			text: "Baptisé « Teranga », le navire a été lancé à Dakar par le Sénégal.",
			not:  []string{"exercise SN Teranga y=2023"}},
	})
}
