package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFrGivers: French constructions that name the giving state of a
// transfer (fr_govsubject.go, fr_sellerdemonym.go, fr_pledge.go,
// fr_relgiver.go).
func TestFrGivers(t *testing.T) {
	tests := []factCase{
		{"fr: le gouvernement du Canada as the subject gives", "fr", "",
			"Le gouvernement du Canada a livré 200 véhicules blindés à l'Ukraine.",
			[]string{"transfer CA>UA cat:armoured-vehicles q=200 delivered"}},
		{"fr: le gouvernement du Canada after a dateline", "fr", "",
			"OTTAWA — Le gouvernement du Canada fournira 200 véhicules blindés à l'armée ukrainienne, a confirmé la ministre.",
			[]string{"transfer CA>UA cat:armoured-vehicles q=200 approved"}},
		{"fr: le gouvernement du Maroc as the subject buys", "fr", "",
			"Le gouvernement du Maroc a commandé 24 hélicoptères Apache aux États-Unis.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered"}},
		{"fr: l'apport pakistanais names the supplier, not the designer", "fr", "",
			"L'apport pakistanais inclut la livraison de six avions K-8 au Nigeria.",
			[]string{"transfer PK>NG k-8 q=6 delivered"}},
		{"fr: auprès d'industriels français", "fr", "",
			"La Belgique a commandé 92 véhicules blindés Griffon auprès d'industriels français.",
			[]string{"transfer FR>BE griffon q=92 ordered"}},
		{"fr: s'est engagé à fournir is a pledge", "fr", "",
			"Le Canada s'est engagé à fournir 39 véhicules blindés à l'Ukraine.",
			[]string{"transfer CA>UA cat:armoured-vehicles q=39 approved"}},
		{"fr: the subject of a relative clause of giving supplies", "fr", "",
			"Cette aide s'ajoute au système NASAMS que le Canada a promis à l'Ukraine.",
			[]string{"transfer CA>UA nasams approved"}},
		{"fr: a relative clause of receiving keeps its subject the recipient", "fr", "",
			"La frégate FREMM que l'Égypte a reçue de la France en 2015 est arrivée à Alexandrie.",
			[]string{"transfer FR>EG fremm q=1 delivered y=2015"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
