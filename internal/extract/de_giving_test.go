package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeZuGiving: after a pledge or decision, the zu-infinitive of giving
// opened by its dative is the subject's deal, also with the particle verb
// that takes "zu" inside ("abzugeben"), and a plural state with its
// article gives (de_willing.go, hooks in roles.go). Sentences written for
// this test.
func TestDeZuGiving(t *testing.T) {
	tests := []factCase{
		{"a plural state, a particle verb", "de", "2024-03-05",
			"Die Niederlande haben zugesagt, der Ukraine zwölf Leopard 2 abzugeben.",
			[]string{"transfer NL>UA leopard-2 q=12 approved y=2024"}},
		{"a bare state, zu before the verb", "de", "2024-03-05",
			"Schweden hat beschlossen, Estland acht Leopard 2 zu liefern.",
			[]string{"transfer SE>EE leopard-2 q=8 approved y=2024"}},
		{"leaving to the dative", "de", "2024-03-05",
			"Norwegen hat zugesagt, der Ukraine 20 Panzerhaubitzen zu überlassen.",
			[]string{"transfer NO>UA cat:artillery q=20 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeCountOfOne: the German indefinite article before a system counts
// one, also past adjectives or a kind word with "der"; before another
// noun it counts nothing (de_one.go). Sentences written for this test.
func TestDeCountOfOne(t *testing.T) {
	tests := []factCase{
		{"an article and an adjective before a kind word", "de", "2024-03-05",
			"Schweden liefert Polen ein weiteres U-Boot.",
			[]string{"transfer SE>PL cat:ships q=1 delivered y=2024"}},
		{"the accusative before a named system", "de", "2024-03-05",
			"Kroatien bekommt einen Eurofighter aus Italien.",
			[]string{"transfer IT>HR eurofighter-typhoon q=1 ordered y=2024"}},
		{"a kind word and der before the class", "de", "2024-03-05",
			"Deutschland liefert Ägypten ein U-Boot der Klasse 209.",
			[]string{"transfer DE>EG type-209 q=1 delivered y=2024"}},
		{"the article of another noun", "de", "2024-03-05",
			"Kroatien kauft einen Teil der Eurofighter aus Italien.",
			[]string{"transfer IT>HR eurofighter-typhoon ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeDecisionGenitive: the state in the genitive after a decision or
// pledge noun gives what the zu-infinitive after the comma hands over
// (de_willing.go). Sentences written for this test.
func TestDeDecisionGenitive(t *testing.T) {
	tests := []factCase{
		{"a bare state in the genitive", "de", "2024-03-05",
			"Kiew begrüßte den Beschluss Schwedens, der Ukraine zwölf Leopard 2 zu liefern.",
			[]string{"transfer SE>UA leopard-2 q=12"}},
		{"a buying infinitive is no giving", "de", "2024-03-05",
			"Die Entscheidung Norwegens, zwölf Leopard 2 zu kaufen, fiel am Montag.",
			[]string{"transfer DE>NO leopard-2 q=12 y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeBoughtInAtEnd: with the finite verb second, a state after "in" that
// ends the clause of a buying verb is the seller (de_roles.go). Sentences
// written for this test.
func TestDeBoughtInAtEnd(t *testing.T) {
	tests := []factCase{
		{"a kind word bought in a state", "de", "2024-03-05",
			"Marokko bestellt außerdem eine Korvette in Italien.",
			[]string{"transfer IT>MA cat:ships q=1 ordered y=2024"}},
		{"a named system bought in a state", "de", "2024-03-05",
			"Finnland kauft 64 F-35A in den USA.",
			[]string{"transfer US>FI f-35 q=64 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeSealedPurchase: "besiegelt", "unter Dach und Fach" and the
// Austrian "Ankauf" name an order (lang_de.tsv rows). Sentences written
// for this test.
func TestDeSealedPurchase(t *testing.T) {
	tests := []factCase{
		{"a sealed purchase", "de", "2024-03-05",
			"Der Ankauf von acht M-346FA aus Italien durch Österreich wurde besiegelt.",
			[]string{"transfer IT>AT m-346 q=8 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeZuStage: a giving verb as the zu-infinitive that ends its clause is
// still to be handed over: approved, not delivered (de_willing.go).
// Sentences written for this test.
func TestDeZuStage(t *testing.T) {
	tests := []factCase{
		{"a decision in the genitive, a leaving verb", "de", "2024-03-05",
			"Kiew lobte den Beschluss Schwedens, der Ukraine zwölf Haubitzen Archer zu überlassen.",
			[]string{"transfer SE>UA archer q=12 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
