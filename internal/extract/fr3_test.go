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
	})
}
