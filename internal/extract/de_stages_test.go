package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeStageWords: German stage words added to lang_de.tsv (angekommen,
// überließ, zur Verfügung gestellt, in Auftrag gegeben, beauftragt,
// Exportbewilligung, Genehmigungen). Sentences written for this test.
func TestDeStageWords(t *testing.T) {
	tests := []factCase{
		{"arrived is delivered", "de", "2022-07-01",
			"Inzwischen sind sieben Panzerhaubitzen 2000 aus Deutschland in der Ukraine angekommen.",
			[]string{"transfer DE>UA pzh-2000 q=7 delivered y=2022"}},
		{"überließ is delivered", "de", "2022-07-01",
			"Deutschland überließ der Ukraine 30 Flugabwehrpanzer vom Typ Gepard.",
			[]string{"transfer DE>UA gepard q=30 delivered y=2022"}},
		{"zur Verfügung gestellt is delivered", "de", "2022-07-01",
			"Die Niederlande haben der Ukraine 18 Kampfpanzer zur Verfügung gestellt.",
			[]string{"transfer NL>UA cat:armoured-vehicles q=18 delivered y=2022"}},
		{"in Auftrag gegeben is ordered", "de", "2023-05-03",
			"Polen hat in den USA 32 Kampfjets vom Typ F-35 in Auftrag gegeben.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2023"}},
		{"Exportbewilligung is approved", "de", "2023-11-23",
			"Deutschland erteilte die Exportbewilligung für 25 Kampfpanzer Leopard 2 nach Polen.",
			[]string{"transfer DE>PL leopard-2 q=25 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
