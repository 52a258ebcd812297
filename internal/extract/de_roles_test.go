package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeBoughtIn: with the verb last, "in <state> … bestellt/gekauft/
// geordert/erworben/beschafft" names where the weapons were bought: the
// seller (de_roles.go). Sentences written for this test.
func TestDeBoughtIn(t *testing.T) {
	tests := []factCase{
		{"a generic system bought in a state", "de", "2023-05-03",
			"Ägypten hat vier Korvetten in Deutschland bestellt.",
			[]string{"transfer DE>EG cat:ships q=4 ordered y=2023"}},
		{"the place before the object", "de", "2023-05-03",
			"Polen hat in Südkorea 180 Kampfjets geordert.",
			[]string{"transfer KR>PL cat:aircraft q=180 ordered y=2023"}},
		{"a plural state with its article", "de", "2023-05-03",
			"Die Schweiz hat 36 Kampfjets in den USA beschafft.",
			[]string{"transfer US>CH cat:aircraft q=36 ordered y=2023"}},
		{"the buyer named in the lexicon's maker state", "de", "2023-05-03",
			"Deutschland hat in Israel das Raketenabwehrsystem Arrow 3 gekauft.",
			[]string{"transfer IL>DE arrow ordered y=2023"}},
		{"a place with a delivering verb stays a place", "de", "2023-05-03",
			"Deutschland hat der Ukraine zehn Kampfpanzer geliefert, die in Polen eingetroffen sind.",
			[]string{"transfer DE>UA cat:armoured-vehicles q=10 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeMainVerbRole: a German giving verb as the main verb, the states
// bare around it (de_roles.go). Sentences written for this test.
func TestDeMainVerbRole(t *testing.T) {
	tests := []factCase{
		{"object first: verb, subject, dative", "de", "2023-10-12",
			"Bis zu zwei Drohnen vom Typ Heron TP überlässt Deutschland Israel.",
			[]string{"transfer DE>IL heron q=2 approved y=2023"}}, // r13-detrans: "überlässt" is a pledge (stage-approved), as the gold of de-rs-24 reads it
		{"subject, verb, dative: the maker's state receives", "de", "2023-10-12",
			"Deutschland überlässt Israel zwei Drohnen vom Typ Heron TP.",
			[]string{"transfer DE>IL heron q=2 approved y=2023"}}, // r13-detrans: "überlässt" is a pledge (stage-approved), as the gold of de-rs-24 reads it
		{"object first: the subject after the verb gives, not the maker's state", "de", "2023-12-20",
			"Drei Patriot-Systeme schickt Deutschland an die Ukraine.",
			[]string{"transfer DE>UA mim-104-patriot q=3 delivered y=2023"}},
		{"subject, verb, dative with the maker's state giving", "de", "2023-05-03",
			"Frankreich verkauft Indien 26 Rafale.",
			[]string{"transfer FR>IN rafale q=26 ordered y=2023"}},
		{"a dative with its article is read as before", "de", "2023-05-03",
			"Zehn Kampfpanzer vom Typ Leopard 2 liefert Deutschland der Ukraine.",
			[]string{"transfer DE>UA leopard-2 q=10 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
