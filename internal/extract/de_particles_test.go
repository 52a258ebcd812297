package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeSeparableVerbs: German separable verbs split by their objects
// (de_particles.go), makers as subjects and orders from a state
// (de_roles.go), and the words appended to lang_de.tsv and generic.tsv
// (schenken, weitergeben, Waffenverkäufe, Radpanzern, Panzerfäuste).
// Sentences written for this test.
func TestDeSeparableVerbs(t *testing.T) {
	tests := []factCase{
		{"stellt ... bereit provides, not willing", "de", "2022-09-01",
			"Kanada stellt der Ukraine Militärhilfe im Wert von 40 Millionen Dollar bereit.",
			[]string{"assistance CA>UA  USD=40000000"}},
		{"stellt ... bereit across a parenthesis", "de", "2022-09-01",
			"Kanada stellt der Ukraine Militärhilfe im Wert von 40 Millionen Dollar (rund 37 Millionen Euro) bereit.",
			[]string{"assistance CA>UA  USD=40000000"}},
		{"the Bundesheer is Austria", "de", "2022-09-01",
			"Das Bundesheer erhält zwei gebrauchte Black-Hawk-Hubschrauber aus Jordanien.",
			[]string{"transfer JO>AT uh-60-black-hawk q=2 ordered y=2022"}},
		{"bereit alone stays a doubt", "de", "2022-09-01",
			"Kanada ist bereit, der Ukraine Militärhilfe im Wert von 40 Millionen Dollar zu geben.",
			nil},
		{"schloss ... ab concludes", "de", "2022-09-01",
			"Rumänien schloss mit den USA einen Vertrag über 54 Kampfpanzer vom Typ Abrams ab.",
			[]string{"transfer US>RO m1-abrams q=54 ordered y=2022"}},
		{"gab ... ab hands over", "de", "2022-09-01",
			"Polen gab 14 Kampfpanzer vom Typ Leopard 2 an die Ukraine ab.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2022"}},
		{"gibt ... weiter passes on", "de", "2022-09-01",
			"Lettland gibt sechs Haubitzen vom Typ M109 an die Ukraine weiter.",
			[]string{"transfer LV>UA m109 q=6 approved y=2022"}},
		{"ab before a date is still the future", "de", "2022-09-01",
			"Ab 2026 soll Rumänien 54 Kampfpanzer vom Typ Abrams aus den USA erhalten.",
			// a year after publication is a schedule (dropFutureYears): the
			// deal is dated by the document
			[]string{"transfer US>RO m1-abrams q=54 approved y=2022"}},
		{"a maker opening the sentence sells", "de", "2022-09-01",
			"Rheinmetall liefert 30 Radpanzern an Litauen.",
			[]string{"transfer DE>LT cat:armoured-vehicles q=30 delivered y=2022"}},
		{"an order from a state: the state buys", "de", "2022-09-01",
			"Der Rüstungskonzern Rheinmetall hat von Litauen einen Auftrag über 30 Kampfpanzer vom Typ Leopard 2 erhalten.",
			[]string{"transfer DE>LT leopard-2 q=30 ordered y=2022"}},
		{"von before getting: still the source", "de", "2022-09-01",
			"Litauen hat von Deutschland 30 Kampfpanzer vom Typ Leopard 2 erhalten.",
			[]string{"transfer DE>LT leopard-2 q=30 delivered y=2022"}},
		{"von after a verb of getting names the source", "de", "2022-09-01",
			"Die Ukraine erhielt 12 Haubitzen vom Typ M777 von den USA.",
			[]string{"transfer US>UA m777 q=12 delivered y=2022"}},
		{"aus polnischen Beständen: the former owner gives", "de", "2022-09-01",
			"Die Ukraine hat 14 Kampfpanzer Leopard 2 aus polnischen Beständen erhalten.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2022"}},
		{"an agreement still to be signed", "de", "2022-09-01",
			"Ein Verteidigungsabkommen zwischen Polen und Japan soll im Herbst unterzeichnet werden.",
			nil},
		{"an agreement signed", "de", "2022-09-01",
			"Polen und Japan haben im Herbst ein Verteidigungsabkommen unterzeichnet.",
			[]string{"agreement PL+JP y=2022"}},
		{"schenken gives", "de", "2022-09-01",
			"Belgien hat der Ukraine 20 Panzerfäuste geschenkt.",
			[]string{"transfer BE>UA cat:small-arms q=20 delivered y=2022"}},
		{"Waffenverkäufe is an aggregate", "de", "2022-09-01",
			"Die USA haben Waffenverkäufe an Katar im Wert von 1,5 Milliarden Dollar genehmigt.",
			[]string{"aggregate US>QA USD=1500000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
