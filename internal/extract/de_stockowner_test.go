package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeStockOwner: the state whose stocks weapons come from gives them,
// even when the phrase stands first, and former East German or Bundeswehr
// stocks are given by Germany, not by the maker's state
// (de_stockowner.go). Sentences written for this test.
func TestDeStockOwner(t *testing.T) {
	tests := []factCase{
		{"stocks of the Bundeswehr put first", "de", "2022-09-19",
			"Aus Beständen der Bundeswehr bekommt Litauen sechs weitere Panzerhaubitzen 2000.",
			[]string{"transfer DE>LT pzh-2000 q=6 ordered y=2022"}},
		{"stocks of an army named by its demonym, put first", "de", "2023-02-01",
			"Aus den Beständen der polnischen Armee erhielt die Ukraine zehn Kampfpanzer Leopard 2A4.",
			[]string{"transfer PL>UA leopard-2 q=10 delivered y=2023"}},
		{"demonym stocks put first", "de", "2023-02-01",
			"Aus niederländischen Beständen erhält Estland zwölf Panzerhaubitzen 2000.",
			[]string{"transfer NL>EE pzh-2000 q=12 ordered y=2023"}},
		{"stocks named last keep the reading", "de", "2022-09-19",
			"Litauen bekommt sechs Panzerhaubitzen 2000 aus Beständen der Bundeswehr.",
			[]string{"transfer DE>LT pzh-2000 q=6 ordered y=2022"}},
		{"former GDR stocks: Germany gives, not the maker's state", "de", "2022-03-03",
			"Die Regierung genehmigte die Abgabe von 1500 Panzerfäusten RPG-7 aus früheren NVA-Beständen an Georgien.",
			[]string{"transfer DE>GE rpg-7 q=1500 approved y=2022"}},
		{"a named giver of GDR stocks stays", "de", "2022-10-11",
			"Polen hat 20 Schützenpanzer BMP-1 aus DDR-Beständen an die Ukraine abgegeben.",
			[]string{"transfer PL>UA bmp-1-2 q=20 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestDeOrdinalNumber: a German ordinal in digits ("der 23. Nutzerstaat")
// does not count the system (de_ordinal.go). Sentences written for this
// test.
func TestDeOrdinalNumber(t *testing.T) {
	tests := []factCase{
		{"ordinal user state is no count", "de", "2024-12-20",
			"Kroatien bestellt 50 Leopard 2A8 und wird der 24. Nutzerstaat des Leopard 2A8.",
			[]string{"transfer DE>HR leopard-2a8 q=50 ordered y=2024"}},
		{"an ordinal alone gives no quantity", "de", "2024-12-20",
			"Mit dem Vertrag über Leopard 2A8 wird Kroatien zum 24. Kunden von KNDS Deutschland.",
			[]string{"transfer DE>HR leopard-2a8 ordered y=2024"}},
		{"the second of four handed over: two, not four", "de", "2017-08-22",
			"Die Werft TKMS hat das zweite von insgesamt vier U-Booten vom Typ 209 an Ägypten übergeben.",
			[]string{"transfer DE>EG type-209 q=2 delivered y=2017"}},
		{"the last of four handed over: all four", "de", "2021-06-01",
			"Die Werft TKMS hat das letzte von vier U-Booten vom Typ 209 an Ägypten übergeben.",
			[]string{"transfer DE>EG type-209 q=4 delivered y=2021"}},
		{"the first of 48 approved: the deal's count stays", "de", "2016-06-29",
			"Die Bundesregierung genehmigte die Ausfuhr des ersten von insgesamt 48 Patrouillenbooten an Saudi-Arabien.",
			[]string{"transfer DE>SA cat:ships q=48 approved y=2016"}},
		{"a count stays a count", "de", "2024-12-20",
			"Kroatien hat bei KNDS Deutschland 24 Leopard 2A8 bestellt.",
			[]string{"transfer DE>HR leopard-2a8 q=24 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
