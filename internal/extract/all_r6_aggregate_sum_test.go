package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestTotalOfLaterParts: a total whose parts, each with its own amount,
// the next sentences give is the pair's aggregate, even under "could"; a
// total before "including" in a sentence that names the buyer by an
// anaphor takes the headline's pair (all_r6_aggregate_sum.go). Sentences
// written for this test.
func TestTotalOfLaterParts(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"es: de ese total, under podría", "es", "2021-05-10",
			"Perú compraría armas\n\nPerú podría firmar esta semana una compra de armamento francés por un total de 300 millones de euros. El anuncio lo hizo el ministerio. De ese total, 200 millones de euros corresponden a misiles Exocet. La compra incluye además 100 millones de euros en radares.",
			[]string{"aggregate FR>PE EUR=300000000"}},
		{"de: parts in the next sentence", "de", "2021-05-10",
			"Waffen für Katar\n\nDie Bundesregierung hat Lieferungen für Katar im Wert von mehr als 500 Millionen Euro genehmigt. Es geht um Panzerhaubitzen für 320 Millionen Euro sowie um Munition für 200 Millionen Euro.",
			[]string{"aggregate DE>QA EUR=500000000"}},
		{"en: the kingdom, including", "en", "2021-05-10",
			"US approves arms sale to Jordan\n\nThis year the administration has approved more than $900 million in arms sales to the kingdom, including $400 million in missiles.",
			[]string{"aggregate US>JO USD=900000000"}},
		{"de: amounts to other states are a list, no total", "de", "2021-05-10",
			"Exporte\n\nNach Dänemark gingen Fahrzeuge für 60 Millionen Franken. Nach Schweden gingen Funkgeräte für 30 Millionen Franken, nach Polen Munition für 25 Millionen Franken.",
			nil},
	}
	checkFacts(t, tests, show)
}
