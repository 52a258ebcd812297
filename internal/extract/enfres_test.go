package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsConstructions: constructions of English, French and Spanish
// news that the rules read (each sentence written for this test from
// public facts).
func TestEnFrEsConstructions(t *testing.T) {
	tests := []factCase{
		{"the agent of a Spanish buying participle buys", "es", "2025-12-06",
			"Los primeros seis cazas F-16 comprados por la Argentina llegaron a Río Cuarto desde Dinamarca.",
			[]string{"transfer DK>AR f-16 q=6 delivered y=2025"}},
		{"the agent of a French buying participle buys", "fr", "",
			"Les six F-16 achetés par l'Argentine auprès du Danemark sont arrivés.",
			[]string{"transfer DK>AR f-16 q=6 delivered"}},
		{"the agent of a selling participle sells", "es", "",
			"Los seis cazas F-16 vendidos por Dinamarca llegaron a la Argentina.",
			[]string{"transfer DK>AR f-16 q=6 delivered"}},
		{"French shipping verb delivers", "fr", "",
			"Les Émirats arabes unis ont expédié au Tchad 20 véhicules blindés.",
			[]string{"transfer AE>TD cat:armoured-vehicles q=20 delivered"}},
		{"a price beside the pair's one generic transfer is its value", "es", "2004-04-25",
			"El Gobierno del Perú firmó un contrato para la compra de dos fragatas italianas por un total de 30 millones de dólares.",
			[]string{"transfer IT>PE cat:ships q=2 USD=30000000 ordered y=2004"}},
		{"a news report quoting a notice is no notice", "en", "2022-05-27",
			`"The State Department has made a determination approving a possible Foreign Military Sale to the Government of Egypt of CH-47F Chinook helicopters for an estimated cost of $2.6 billion," the Pentagon said.`,
			[]string{"transfer US>EG ch-47-chinook USD=2600000000 approved y=2022"}},
		{"billions abbreviated bln", "en", "2023-04-27",
			"The United States has approved a $1bln sale of MH-60R Seahawk helicopters to Norway.",
			[]string{"transfer US>NO mh-60r-seahawk USD=1000000000 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
