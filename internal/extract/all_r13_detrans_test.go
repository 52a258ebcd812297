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
		{"a list of recipients after an, the participle last", "de", "2024-05-01",
			"Frankreich hat Leopard-2-Panzer an Katar und Ungarn geliefert.",
			[]string{"transfer FR>QA leopard-2 delivered y=2024", "transfer FR>HU leopard-2 delivered y=2024"}},
		{"a list of three recipients with commas", "de", "2024-05-01",
			"Deutschland hat Leopard-2-Panzer an Katar, Ungarn und Tschechien geliefert.",
			[]string{"transfer DE>QA leopard-2 delivered y=2024", "transfer DE>HU leopard-2 delivered y=2024", "transfer DE>CZ leopard-2 delivered y=2024"}},
		{"a relative clause that ends the sentence is its own clause", "de", "2024-05-01",
			"Deutschland liefert der Ukraine 14 Leopard-2-Panzer, die modernisiert wurden.",
			[]string{"transfer DE>UA leopard-2 q=14 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR13DetransFirstBatch: an order and its first batch, the batch told
// by a count and a word for "first" (all_r13_detrans_firstbatch.go).
// Sentences written for this test.
func TestR13DetransFirstBatch(t *testing.T) {
	tests := []factCase{
		{"de: the first batch in the next sentence", "de", "2024-05-01",
			"Litauen hat 2019 in Deutschland 21 Panzerhaubitzen 2000 bestellt. Die ersten vier wurden im März 2023 geliefert.",
			[]string{"transfer DE>LT pzh-2000 q=21 ordered y=2019", "transfer DE>LT pzh-2000 q=4 delivered y=2023"}},
		{"en: the first batch in the next sentence", "en", "2024-05-01",
			"Lithuania ordered 21 PzH 2000 howitzers from Germany in 2019. The first four were delivered in March 2023.",
			[]string{"transfer DE>LT pzh-2000 q=21 ordered y=2019", "transfer DE>LT pzh-2000 q=4 delivered y=2023"}},
		{"fr: the count before premiers", "fr", "2024-05-01",
			"La Lituanie a commandé 21 PzH 2000 à l'Allemagne en 2019. Les quatre premiers ont été livrés en mars 2023.",
			[]string{"transfer DE>LT pzh-2000 q=21 ordered y=2019", "transfer DE>LT pzh-2000 q=4 delivered y=2023"}},
		{"de: the whole ordered first, the first batch after", "de", "2024-05-01",
			"Von den 18 bestellten Radhaubitzen Caesar aus Frankreich hat Tschechien die ersten zwei erhalten.",
			[]string{"transfer FR>CZ caesar q=18 ordered", "transfer FR>CZ caesar q=2 delivered y=2024"}},
		{"en: the whole ordered first, the first batch after", "en", "2024-05-01",
			"Of the 18 Caesar howitzers ordered from France, the Czech Republic has received the first two.",
			[]string{"transfer FR>CZ caesar q=18 ordered", "transfer FR>CZ caesar q=2 delivered y=2024"}},
		{"de: the first units received in the present arrive", "de", "2024-05-01",
			"Katar erhält die ersten Leopard 2A7 aus Deutschland. Insgesamt hatte das Emirat 62 Kampfpanzer bestellt.",
			[]string{"transfer DE>QA leopard-2 delivered y=2024", "transfer DE>QA leopard-2 q=62 ordered y=2024"}},
		{"a batch still to come is no delivery", "de", "2024-05-01",
			"Litauen hat 2019 in Deutschland 21 Panzerhaubitzen 2000 bestellt. Die ersten vier sollen 2026 geliefert werden.",
			[]string{"transfer DE>LT pzh-2000 q=21 ordered y=2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
