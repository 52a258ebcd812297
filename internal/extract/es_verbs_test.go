package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsPresentAndPerfectGiving: Spanish headlines tell a donation or a
// delivery in the present ("dona", "cede", "transfiere") and reports in
// the perfect ("ha donado", "han llegado"); the giver is the subject
// (texts written for this test).
func TestEsPresentAndPerfectGiving(t *testing.T) {
	tests := []factCase{
		{"es: dona, a generic kind", "es", "2024-05-10",
			"Estados Unidos dona seis helicópteros a la Fuerza Aérea de Honduras para misiones humanitarias.",
			[]string{"transfer US>HN cat:aircraft q=6 delivered y=2024"}},
		{"es: cede, ships", "es", "2024-05-10",
			"España cede dos patrulleras a la Armada de Mauritania para la vigilancia de su costa.",
			[]string{"transfer ES>MR cat:ships q=2 delivered y=2024"}},
		{"es: ha donado", "es", "2024-05-10",
			"El Gobierno de Japón ha donado cuatro lanchas patrulleras a la Marina de Filipinas.",
			[]string{"transfer JP>PH cat:ships q=4 delivered y=2024"}},
		{"es: han llegado, the buyer in the subject", "es", "2024-05-10",
			"Los doce blindados VBTP-MR comprados a Brasil han llegado a Argentina, informó el ministerio.",
			[]string{"transfer BR>AR guarani q=12 delivered y=2024"}},
		{"es: aportó, the giver in the subject", "es", "2024-05-10",
			"España aportó a la Armada de Ecuador dos patrulleras para el control de la pesca ilegal.",
			[]string{"transfer ES>EC cat:ships q=2 delivered y=2024"}},
		{"es: la cesión de X a Y", "es", "2024-05-10",
			"La cesión de dos fragatas de Australia a Chile se concretó en Sidney.",
			[]string{"transfer AU>CL cat:ships q=2 delivered y=2024"}},
		{"es: incorpora, present", "es", "2024-05-10",
			"La Armada del Ecuador incorpora dos lanchas guardacostas donadas por Estados Unidos.",
			[]string{"transfer US>EC cat:ships q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEsShipWords: "buque", "buques", "lanchas", "vehículos acorazados"
// name a kind of equipment like "fragatas" and "blindados" do.
func TestEsShipWords(t *testing.T) {
	tests := []factCase{
		{"es: buques", "es", "2024-05-10",
			"Corea del Sur entregó a la Armada de Colombia dos buques de apoyo logístico.",
			[]string{"transfer KR>CO cat:ships q=2 delivered y=2024"}},
		{"es: vehículos acorazados", "es", "2024-05-10",
			"Turquía vendió a Uruguay 40 vehículos acorazados por 30 millones de dólares.",
			[]string{"transfer TR>UY cat:armoured-vehicles q=40 USD=30000000 ordered y=2024"}},
		{"es: AOR, a ship type written as letters", "es", "2024-05-10",
			"Navantia entregó a Australia dos AOR construidos en Ferrol.",
			[]string{"transfer ES>AU cat:ships q=2 delivered y=2024"}},
		{"es: a navy's ship prefix (ARA, BAP) before a ship's name", "es", "2024-05-10",
			"La Armada Argentina recibió de Francia el patrullero ARA Bouchard.",
			[]string{"transfer FR>AR x:bouchard q=1 delivered y=2024"}},
		{"es: a lower-case word that spells a prefix is no ship", "es", "2024-05-10",
			"El ara del templo fue restaurada y Francia vendió a Argentina dos helicópteros.",
			[]string{"transfer FR>AR cat:aircraft q=2 ordered y=2024"}},
		{"es: the ships a navy will replace are not traded", "es", "2024-05-10",
			"Chile recibió de Australia dos fragatas, con las que sustituirá a los viejos buques de la clase L.",
			[]string{"transfer AU>CL cat:ships q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
