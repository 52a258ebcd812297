package extract

import "testing"

// "a reçu de l'Égypte …": the state after a compound verb of receiving
// and "de"/"du"/"des" gives, even when the system was made elsewhere.
func TestFRReceivedFrom(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "a-recu-de-l", lang: "fr", pub: "2023-05-10",
			text: "Le Niger a reçu de l'Égypte trente blindés BRDM-2.",
			want: []string{"transfer EG>NE brdm-2 q=30 delivered y=2023"},
			not:  []string{"transfer RU>NE brdm-2 q=30 delivered y=2023"}},
		{name: "ont-obtenu-du", lang: "fr", pub: "2023-05-10",
			text: "Les forces nigériennes ont obtenu du Pakistan dix fusils d'assaut AK-47.",
			want: []string{"transfer PK>NE ak-47 q=10 delivered y=2023"}},
		{name: "des-goods-then-source", lang: "fr", pub: "2023-05-10",
			text: "La Lituanie a reçu des obusiers Caesar de la Pologne.",
			want: []string{"transfer PL>LT caesar delivered y=2023"}},
	})
}

// "blindés de type Mamba": the capitalised word after "de type" names
// the model.
func TestFRTypeName(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "de-type", lang: "fr", pub: "2019-12-12",
			text: "Le Niger a reçu des États-Unis treize blindés de type Mamba.",
			want: []string{"transfer US>NE x:mamba q=13 delivered y=2019"}},
		{name: "de-type-lowercase", lang: "fr", pub: "2019-12-12",
			text: "Le Niger a reçu des États-Unis treize blindés de type léger.",
			want: []string{"transfer US>NE cat:armoured-vehicles q=13 delivered y=2019"}},
	})
}

// The French future of a verb of giving after a state is a pledge:
// approved, which lets a counted kind of equipment stand alone.
func TestFRFutureGive(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "fournira", lang: "fr", pub: "2023-01-18",
			text: "Le Canada fournira 200 véhicules blindés à l'Ukraine.",
			want: []string{"transfer CA>UA cat:armoured-vehicles q=200 approved y=2023"}},
		{name: "va-ceder", lang: "fr", pub: "2023-01-18",
			text: "La Belgique va céder 80 blindés Lynx à Kiev.",
			want: []string{"transfer BE>UA x:lynx q=80 approved y=2023"}},
		{name: "maker-subject", lang: "fr", pub: "2023-01-18",
			text: "Le constructeur Ocea fournira deux patrouilleurs au Nigeria.",
			not:  []string{"transfer FR>NG cat:ships q=2 approved y=2023"}},
		{name: "a delivery schedule is no pledge", lang: "fr", pub: "2024-03-02",
			text: "L'Inde a commandé 26 Rafale Marine. La France livrera les 26 Rafale à l'Inde en 2029.",
			want: []string{"transfer FR>IN rafale q=26 ordered y=2024"},
			not:  []string{"transfer FR>IN rafale q=26 approved y=2024"}},
	})
}
