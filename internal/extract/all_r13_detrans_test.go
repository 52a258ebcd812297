package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR13DetransGerman: German constructions the rules did not read
// (all_r13_detrans_*.go, lang_de.tsv and country_names.tsv blocks
// r13-detrans). Sentences written for this test.
func TestR13DetransGerman(t *testing.T) {
	tests := []factCase{
		{"separable verb: schafft ... an", "de", "2024-05-01",
			"Die Schweiz schafft 36 Kampfflugzeuge vom Typ F-35A aus den USA an.",
			[]string{"transfer US>CH f-35 q=36 ordered y=2024"}},
		{"split verb: nahm ... in Empfang", "de", "2024-05-01",
			"Die litauische Armee nahm am Montag die ersten vier Panzerhaubitzen 2000 aus Deutschland in Empfang.",
			[]string{"transfer DE>LT pzh-2000 q=4 delivered y=2024"}},
		{"a federal ministry names Germany", "de", "2024-05-01",
			"Das Bundesverteidigungsministerium hat die Bestellung von 35 F-35-Kampfjets aus den USA bestätigt.",
			[]string{"transfer US>DE f-35 q=35 ordered y=2024"}},
		{"a relative clause inside the modal's bracket", "de", "2024-05-01",
			"Griechenland soll 40 Schützenpanzer vom Typ BMP-1, die es einst aus DDR-Beständen übernommen hatte, an die Ukraine liefern.",
			[]string{"transfer GR>UA bmp-1-2 q=40 approved y=2024"}},
		{"the relative clause's subject is the former owner", "de", "2024-05-01",
			"Im Gegenzug sollen 40 Schützenpanzer vom Typ BMP-1, die Athen einst übernommen hatte, an die Ukraine gehen.",
			[]string{"transfer GR>UA bmp-1-2 q=40 approved y=2024"}},
		{"the relative clause's purchase is history", "de", "2024-05-01",
			"Griechenland liefert der Ukraine 40 Schützenpanzer vom Typ BMP-1, die es einst gekauft hatte.",
			[]string{"transfer GR>UA bmp-1-2 q=40 delivered y=2024"}},
		{"a kind and a shared short name pick one system", "de", "2024-05-01",
			"Deutschland liefert 40 Schützenpanzer vom Typ Puma an die Ukraine.",
			[]string{"transfer DE>UA puma-ifv q=40 delivered y=2024"}},
		{"a government approving a delivery to another state sells", "de", "2024-05-01",
			"Die Bundesregierung hat die Lieferung von 500 Stinger-Raketen an die Ukraine genehmigt.",
			[]string{"transfer DE>UA stinger q=500 approved y=2024"}},
		{"a government approving a delivery from elsewhere buys", "de", "2024-05-01",
			"Die Bundesregierung hat die Lieferung von 35 F-35 aus den USA genehmigt.",
			[]string{"transfer US>DE f-35 q=35 approved y=2024"}},
		{"a modal with a passive infinitive pledges", "de", "2024-05-01",
			"Aus Deutschland sollen 20 Schützenpanzer Marder im März an die Ukraine übergeben werden.",
			[]string{"transfer DE>UA marder q=20 approved y=2024"}},
		{"a modal with an infinitive of handing over pledges", "de", "2024-05-01",
			"Deutschland soll der Ukraine im März 20 Schützenpanzer Marder übergeben.",
			[]string{"transfer DE>UA marder q=20 approved y=2024"}},
		{"a relative clause that ends the sentence is its own clause", "de", "2024-05-01",
			"Deutschland liefert der Ukraine 14 Leopard-2-Panzer, die modernisiert wurden.",
			[]string{"transfer DE>UA leopard-2 q=14 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
