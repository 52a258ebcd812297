package extract

import "testing"

// French round 2: the whole order after "premier lot d'une commande de",
// a generic count named by the one system of its kind in the sentences
// around it, and signed "documents de coopération".
func TestFR3Classes(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// the first batch of an order: the batch arrived, the order is the whole
		{name: "lot-d-une-commande", lang: "fr", pub: "2021-09-14",
			text: "Le Maroc a reçu huit F-16 américains, premier lot d'une commande de 25 avions.",
			want: []string{"transfer US>MA f-16 q=8 delivered y=2021", "transfer US>MA f-16 q=25 ordered"}},
		{name: "batch-of-an-order", lang: "en", pub: "2021-09-14",
			text: "Morocco received eight US F-16s, the first batch of an order of 25 jets.",
			want: []string{"transfer US>MA f-16 q=8 delivered y=2021", "transfer US>MA f-16 q=25 ordered"}},
		{name: "lote-de-un-pedido", lang: "es", pub: "2021-09-14",
			text: "Marruecos recibió ocho F-16 estadounidenses, primer lote de un pedido de 25 aviones.",
			want: []string{"transfer US>MA f-16 q=8 delivered y=2021", "transfer US>MA f-16 q=25 ordered"}},
		// a batch whose own count is given is no part of a stated whole
		{name: "lot-de-huit", lang: "fr", pub: "2021-09-14",
			text: "Le Maroc a reçu un premier lot de huit F-16 américains.",
			not:  []string{"transfer US>MA f-16 q=25 ordered"}},
		// the named system of the kind near the count names it, even when
		// another one of the kind comes further on in the document
		{name: "named-near-other-far", lang: "fr", pub: "2022-06-02",
			text: "Le Kenya a reçu six drones turcs. Il s'agit de Bayraktar TB2. La cérémonie a eu lieu à Nairobi. Le ministre a salué la coopération. Les pilotes ont été formés à Ankara. Le pays avait aussi acheté des Wing Loong II à la Chine en 2020.",
			want: []string{"transfer TR>KE bayraktar-tb2 q=6 delivered y=2022"}},
		{name: "two-named-of-kind-near", lang: "fr", pub: "2022-06-02",
			text: "Le Kenya a reçu six drones turcs. Il s'agit de Bayraktar TB2 et de Wing Loong II.",
			not:  []string{"transfer TR>KE bayraktar-tb2 q=6 delivered y=2022"}},
		// signed documents of military cooperation are an agreement
		{name: "documents-de-cooperation", lang: "fr", pub: "2023-12-05",
			text: "Le Tchad et la Hongrie ont signé lundi des documents de coopération militaire.",
			want: []string{"agreement TD+HU y=2023"}},
		{name: "document-d-entente", lang: "fr", pub: "2023-12-05",
			text: "Le Togo et la Russie ont paraphé un document d'entente dans le domaine de la défense.",
			want: []string{"agreement TG+RU y=2023"}},
		// a demonym after "à l'" or a word for a firm names the firm's state,
		// which sells; "à l'armée ukrainienne" stays the buyer
		{name: "a-l-americain-maker", lang: "fr", pub: "2020-05-12",
			text: "La Belgique a commandé 322 véhicules blindés à l'américain Oshkosh.",
			want: []string{"transfer US>BE cat:armoured-vehicles q=322 ordered y=2020"}},
		{name: "au-groupe-allemand", lang: "fr", pub: "2020-05-12",
			text: "Le Qatar a commandé 62 chars au groupe allemand Rheinmetall.",
			want: []string{"transfer DE>QA cat:armoured-vehicles q=62 ordered y=2020"}},
		{name: "a-l-italien-name", lang: "fr", pub: "2020-05-12",
			text: "Le Pérou a acheté 40 blindés à l'italien Iveco.",
			want: []string{"transfer IT>PE cat:armoured-vehicles q=40 ordered y=2020"}},
		{name: "a-l-armee-demonym", lang: "fr", pub: "2020-05-12",
			text: "La France a livré 30 blindés à l'armée ukrainienne.",
			want: []string{"transfer FR>UA cat:armoured-vehicles q=30 delivered y=2020"}},
		// the part after the system, the whole after "sur"/"out of"
		{name: "sur-les-six-commandes", lang: "fr", pub: "2023-02-05",
			text: "Le Sénégal a reçu trois patrouilleurs français sur les six commandés.",
			want: []string{"transfer FR>SN cat:ships q=3 delivered y=2023", "transfer FR>SN cat:ships q=6 ordered"}},
		{name: "sur-un-total-de", lang: "fr", pub: "2023-02-05",
			text: "Le Sénégal a réceptionné trois patrouilleurs, sur un total de six commandés à la France.",
			want: []string{"transfer FR>SN cat:ships q=6 ordered"}},
		{name: "out-of-the", lang: "en", pub: "2023-02-05",
			text: "Morocco received six F-16s out of the 24 ordered from the United States.",
			want: []string{"transfer US>MA f-16 q=6 delivered y=2023", "transfer US>MA f-16 q=24 ordered"}},
		{name: "sur-dix-jours", lang: "fr", pub: "2023-02-05",
			text: "La France a livré trois Rafale sur 10 jours à la Grèce.",
			not:  []string{"transfer FR>GR rafale q=10 ordered"}},
		// "faire parvenir" hands over
		{name: "fait-parvenir", lang: "fr", pub: "2023-02-05",
			text: "La Turquie a fait parvenir au Niger six drones Bayraktar TB2.",
			want: []string{"transfer TR>NE bayraktar-tb2 q=6 delivered y=2023"}},
		{name: "avait-fait-parvenir", lang: "fr", pub: "2023-02-05",
			text: "L'an dernier, le Canada avait fait parvenir à la Lettonie huit véhicules blindés.",
			want: []string{"transfer CA>LV cat:armoured-vehicles q=8 delivered y=2022"}},
		// "bénéficier de" gets: the subject receives, the "de" state gives
		{name: "beneficie-d-un-don-de", lang: "fr", pub: "2023-02-05",
			text: "La Mauritanie a bénéficié d'un don de 10 véhicules blindés de la France.",
			want: []string{"transfer FR>MR cat:armoured-vehicles q=10 delivered y=2023"},
			not:  []string{"transfer MR>FR cat:armoured-vehicles q=10 delivered y=2023"}},
		{name: "ont-beneficie-de", lang: "fr", pub: "2023-02-05",
			text: "Les FAMa ont bénéficié de quatre hélicoptères Mi-171 de la Russie.",
			want: []string{"transfer RU>ML mi-8-17 q=4 delivered y=2023"}},
		// "s'est dotée de" acquires; "lever l'option" orders; a "partenariat
		// de défense" signed is an agreement
		{name: "s-est-dotee-de", lang: "fr", pub: "2023-02-05",
			text: "L'Algérie s'est dotée de systèmes S-400 russes.",
			want: []string{"transfer RU>DZ s-400 ordered y=2023"}},
		{name: "leve-l-option", lang: "fr", pub: "2023-02-05",
			text: "Le Qatar a levé l'option sur 12 Rafale supplémentaires.",
			want: []string{"transfer FR>QA rafale q=12 ordered y=2023"}},
		{name: "partenariat-de-defense", lang: "fr", pub: "2023-02-05",
			text: "La France et le Bénin ont paraphé jeudi un partenariat de défense.",
			want: []string{"agreement FR+BJ y=2023"}},
		// "en provenance de" names the seller, not the system's maker; short
		// names of states
		{name: "en-provenance-de", lang: "fr", pub: "2023-02-05",
			text: "Le Mali a réceptionné mercredi des avions L-39 Albatros en provenance de Russie.",
			want: []string{"transfer RU>ML l-39 delivered y=2023"}, not: []string{"transfer CZ>ML l-39 delivered y=2023"}},
		{name: "le-burkina", lang: "fr", pub: "2023-02-05",
			text: "Le Burkina a reçu 20 blindés en provenance de Chine.",
			want: []string{"transfer CN>BF cat:armoured-vehicles q=20 delivered y=2023"}},
		{name: "la-centrafrique", lang: "fr", pub: "2023-02-05",
			text: "La Centrafrique a réceptionné deux hélicoptères Mi-8 offerts par la Russie.",
			want: []string{"transfer RU>CF mi-8-17 q=2 delivered y=2023"}},
		// "a été dotée de" gets
		{name: "ont-ete-dotees-de", lang: "fr", pub: "2023-02-05",
			text: "Les FAMa ont été dotées de quatre hélicoptères Mi-171 par la Russie.",
			want: []string{"transfer RU>ML mi-8-17 q=4 delivered y=2023"}},
		// armed forces after "à"/"aux" get, even when no state hands over
		{name: "a-l-armee-sans-etat", lang: "fr", pub: "2023-02-05",
			text: "L'UE a remis à l'armée nigérienne 12 véhicules blindés.",
			not:  []string{"transfer NE>FR cat:armoured-vehicles q=12 delivered y=2023"}},
		{name: "aux-forces-armees", lang: "fr", pub: "2023-02-05",
			text: "Les États-Unis ont remis aux forces armées nigériennes quatre avions Cessna.",
			want: []string{"transfer US>NE x:cessna q=4 delivered y=2023"}},
		{name: "achete-a-l-armee", lang: "fr", pub: "2023-02-05",
			text: "Le Niger a acheté à l'armée française 20 blindés.",
			want: []string{"transfer FR>NE cat:armoured-vehicles q=20 ordered y=2023"}},
		// an unnamed programme of training one state gives another's forces
		{name: "finance-la-formation", lang: "fr", pub: "2023-02-05",
			text: "La France a financé la formation de 300 soldats maliens.",
			want: []string{"assistance FR>ML "}},
		{name: "instructeurs-assurent", lang: "fr", pub: "2023-02-05",
			text: "Les instructeurs russes assurent la formation des pilotes centrafricains.",
			want: []string{"assistance RU>CF "}},
		{name: "soldats-entrainent", lang: "fr", pub: "2023-02-05",
			text: "Des soldats canadiens entraînent des militaires ukrainiens en Pologne.",
			want: []string{"assistance CA>UA "}, not: []string{"assistance PL>CA "}},
		{name: "formation-dans-un-contrat", lang: "fr", pub: "2023-02-05",
			text: "Le contrat comprend des formations techniques en Espagne pour les marins marocains.",
			not:  []string{"assistance ES>MA "}},
		{name: "va-former", lang: "fr", pub: "2023-02-05",
			text: "La France va former 200 militaires guinéens l'an prochain, selon le ministre, qui prévoit de nouveaux stages.",
			not:  []string{"assistance FR>GN "}},
	})
}
