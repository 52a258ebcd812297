package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeCopies: copies of a system named before, counted ("Von diesen
// ... 120 Stück") or pointed at ("mehrere dieser Systeme"), go to the
// state the sentence names (de_copies.go). Sentences written for this
// test.
func TestDeCopies(t *testing.T) {
	tests := []factCase{
		{"a count of pieces of the system just named", "de", "2019-10-12",
			"Auch Schützenpanzer vom Typ Marder stehen in den Depots. Von diesen hatte Chile in den 90er Jahren 120 Stück aus Beständen der Bundeswehr bekommen.",
			[]string{"transfer DE>CL marder q=120 delivered"}},
		{"several of these systems, ordered by the state before the relative clause", "de", "2022-10-12",
			"Lettland erhält das Flugabwehrsystem IRIS-T SLM. Die erste Einheit war für Estland bestimmt, das bei Diehl Defence mehrere dieser Systeme bestellt hat.",
			[]string{"transfer DE>LV iris-t-slm ordered y=2022", "transfer DE>EE iris-t-slm ordered"}},
		{"no state in the sentence: no copies", "de", "2022-10-12",
			"Lettland erhält das Flugabwehrsystem IRIS-T SLM. Insgesamt wurden bisher 40 Stück gebaut.",
			[]string{"transfer DE>LV iris-t-slm ordered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestDeDozens: "zwei Dutzend" is 24, "ein halbes Dutzend" 6 (lang_de.tsv
// rows; the number parser adds "zwei" and "Dutzend" otherwise).
func TestDeDozens(t *testing.T) {
	tests := []factCase{
		{"zwei Dutzend", "de", "2023-03-01",
			"Norwegen hat der Ukraine zwei Dutzend Panzerhaubitzen 2000 geliefert.",
			[]string{"transfer NO>UA pzh-2000 q=24 delivered y=2023"}},
		{"ein halbes Dutzend", "de", "2023-03-01",
			"Norwegen hat der Ukraine ein halbes Dutzend Panzerhaubitzen 2000 geliefert.",
			[]string{"transfer NO>UA pzh-2000 q=6 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
