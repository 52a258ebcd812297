package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsBids: counter-offers, bids put back on the table, bids a buyer
// discarded and equipment a future ship "would have" are no deal; the
// deal beside them stays (texts written for this test; lexicon lines in
// lang_es.tsv).
func TestEsBids(t *testing.T) {
	tests := []factCase{
		{"es: la oferta de París plantea entregar", "es", "2025-04-07",
			"La oferta de París, encabezada por Dassault, plantea entregar 16 Rafale a Colombia con una financiación flexible.",
			nil},
		{"es: volvió a poner sobre la mesa", "es", "2025-04-07",
			"Washington volvió a poner sobre la mesa la venta de 24 F-16 Block 70 a Colombia.",
			nil},
		{"es: a bid the buyer discarded", "es", "2025-04-07",
			"El Gobierno ha descartado comprar 12 Rafale a Francia.",
			nil},
		{"es: the bid discarded is no deal, the deal beside it is", "es", "2025-04-07",
			"Colombia compró a Suecia 17 cazas Gripen, tras haber descartado el Rafale francés.",
			[]string{"transfer SE>CO gripen q=17 ordered y=2025"}},
		{"es: a bid discarded in a relative clause", "es", "2025-04-07",
			"Washington volvió a presentar el F-16 Block 70, que Bogotá había descartado en su momento por su precio, y Colombia compró a Suecia 17 cazas Gripen.",
			[]string{"transfer SE>CO gripen q=17 ordered y=2025"}},
		{"es: contarían con, a ship's requirements", "es", "2025-04-07",
			"Según el proyecto, Colombia contaría con 16 misiles SSM-700K vendidos por Corea del Sur.",
			nil},
		{"es: the deal beside an offer stays", "es", "2025-04-07",
			"Colombia compró a Suecia 17 cazas Gripen, aunque Francia había presentado una contraoferta.",
			[]string{"transfer SE>CO gripen q=17 ordered y=2025"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
