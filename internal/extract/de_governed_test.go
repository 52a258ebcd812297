package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeInto: "in die/den <Staat>" names where arms go, where "in" alone or
// with a dative plural is a place (de_into.go). Sentences written for this
// test.
func TestDeInto(t *testing.T) {
	tests := []factCase{
		{"a feminine state with its article", "de", "2024-03-05",
			"Schweden liefert zwölf Kampfpanzer in die Slowakei.",
			[]string{"transfer SE>SK cat:armoured-vehicles q=12 delivered y=2024"}},
		{"a masculine state with its article", "de", "2024-03-05",
			"Frankreich genehmigte Rüstungsexporte in den Irak im Wert von 300 Millionen Euro.",
			[]string{"aggregate FR>IQ EUR=300000000"}},
		{"a plural state in the dative is a place", "de", "2024-03-05",
			"Die in den Niederlanden gebauten vier Fregatten bekommt Indonesien.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeExportReport: once a government has approved exports, a later
// sentence naming only the buyer is that government's export; an approving
// body is never the buyer (de_exports.go). Sentences written for this test.
func TestDeExportReport(t *testing.T) {
	tests := []factCase{
		{"the buyer alone after an approval", "de", "2024-03-05",
			"Die Bundesregierung hat im vergangenen Jahr Rüstungsexporte für 9 Milliarden Euro genehmigt. Indonesien erhalte 18 Kampfpanzer.",
			[]string{"transfer DE>ID cat:armoured-vehicles q=18 ordered y=2024"}},
		{"no export word: no exporter", "de", "2024-03-05",
			"Die Bundesregierung hat neue Regeln beschlossen. Indonesien erhalte 18 Kampfpanzer.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeGovernedHypothetical: a plan or readiness before the comma makes
// the zu-infinitive after it no deal; a decision does not (de_willing.go).
// Sentences written for this test.
func TestDeGovernedHypothetical(t *testing.T) {
	tests := []factCase{
		{"readiness", "de", "2024-03-05",
			"Italien ist bereit, Katar 24 Eurofighter zu verkaufen.",
			nil},
		{"a plan with a particle verb", "de", "2024-03-05",
			"Marokko plant, 30 F-16 aus den USA anzuschaffen.",
			nil},
		{"a decision stays a deal", "de", "2024-03-05",
			"Italien hat beschlossen, Katar 24 Eurofighter zu verkaufen.",
			[]string{"transfer IT>QA eurofighter-typhoon q=24 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeZuDative: a bare state opening a zu-infinitive of giving is the
// buyer: the clause has no subject (de_willing.go). Sentences written for
// this test.
func TestDeZuDative(t *testing.T) {
	tests := []factCase{
		{"a bare state, then the object", "de", "2024-03-05",
			"Spanien hat zugesagt, Marokko sechs Patrouillenboote zu verkaufen.",
			[]string{"transfer ES>MA cat:ships q=6 approved y=2024"}},
		{"a particle verb with zu inside", "de", "2024-03-05",
			"Norwegen hat beschlossen, Litauen 20 Schützenpanzer abzugeben.",
			[]string{"transfer NO>LT cat:armoured-vehicles q=20 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeGenericValue: "für", "im Wert von", "im Umfang von" tie an amount
// to the word for the equipment beside it (de_values.go). Sentences written
// for this test.
func TestDeGenericValue(t *testing.T) {
	tests := []factCase{
		{"im Wert von", "de", "2024-03-05",
			"Schweden lieferte Munition im Wert von 25 Millionen Euro an Estland.",
			[]string{"transfer SE>EE cat:ammunition EUR=25000000 delivered y=2024"}},
		{"für after a count", "de", "2024-03-05",
			"Spanien hat Peru zehn Patrouillenboote für 300 Millionen Euro verkauft.",
			[]string{"transfer ES>PE cat:ships q=10 EUR=300000000 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeOffer: an offer or a proposal is no deal: "bietet … an",
// "angeboten", "schlägt … vor" (lang_de.tsv, hypothetical). Sentences
// written for this test.
func TestDeOffer(t *testing.T) {
	tests := []factCase{
		{"a split offering verb", "de", "2024-03-05",
			"Der Hersteller bietet Chile außerdem zwölf Kampfpanzer Leopard 2 an.",
			nil},
		{"an offer in the perfect", "de", "2024-03-05",
			"Frankreich hat Kroatien zwölf Rafale angeboten.",
			nil},
		{"a proposal", "de", "2024-03-05",
			"Saab schlägt Kolumbien 24 Gripen vor.",
			nil},
		{"a sale stays a sale", "de", "2024-03-05",
			"Frankreich hat Kroatien zwölf Rafale verkauft.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeCopiesPledged: copies counted after the system ("400 Stück")
// that a state is to get ("sollen … an die Ukraine gehen") are promised,
// approved (de_copies.go). Sentences written for this test.
func TestDeCopiesPledged(t *testing.T) {
	tests := []factCase{
		{"copies promised through a modal", "de", "2024-03-05",
			"Es geht um den Schützenpanzer Marder. 40 Stück sollen aus Deutschland an Griechenland gehen.",
			[]string{"transfer DE>GR marder q=40 approved"}},
		{"a possibility is no promise", "de", "2024-03-05",
			"Es geht um den Schützenpanzer Marder. 40 Stück könnten an Griechenland gehen.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeSowie: "sowie" ("as well as") joins states into a list like
// "und" (roles.go joined). Sentences written for this test.
func TestDeSowie(t *testing.T) {
	tests := []factCase{
		{"two buyers joined by sowie", "de", "2024-03-05",
			"Schweden liefert Lettland sowie Litauen je acht Haubitzen.",
			[]string{"transfer SE>LV cat:artillery q=8 delivered y=2024", "transfer SE>LT cat:artillery q=8 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeRankingExporter: a ranking of buyers in a German export report is
// the approving government's state's, not the state named most
// (de_exports.go; "Empfänger" counts as a word for arms exports). Sentences
// written for this test.
func TestDeRankingExporter(t *testing.T) {
	tests := []factCase{
		{"a ranking after the approval", "de", "2024-03-05",
			"Die Bundesregierung hat Rüstungsexporte für 9 Milliarden Euro genehmigt. Größter Empfänger war Norwegen mit 1,2 Milliarden Euro, gefolgt von Indien mit 400 Millionen Euro.",
			[]string{"aggregate DE>NO EUR=1200000000", "aggregate DE>IN EUR=400000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
