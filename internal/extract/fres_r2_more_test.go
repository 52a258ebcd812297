package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFresMoreCounts: a further order of the same buyer in a clause with
// no verb, and another buyer with its own bare count after a contrast
// word (fres_r2_more.go). Sentences written for this test.
func TestFresMoreCounts(t *testing.T) {
	show := func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer {
			return "", false
		}
		return brief(f), true
	}
	checkFacts(t, []factCase{
		{"fr, puis N de plus", "fr", "2026-03-03",
			"L'Inde a commandé 36 Rafale en 2016, puis 26 de plus en 2025 pour sa marine.",
			[]string{"transfer FR>IN rafale q=36 ordered y=2016", "transfer FR>IN rafale q=26 ordered y=2025"}},
		{"es, y luego otros N más", "es", "2026-03-03",
			"Brasil encargó 36 cazas Gripen a Suecia en 2014 y luego otros 4 más en 2022.",
			[]string{"transfer SE>BR gripen q=36 ordered y=2014", "transfer SE>BR gripen q=4 ordered y=2022"}},
		{"es, mientras otro comprador con su vendedor", "es", "2026-03-03",
			"Argentina compró 24 cazas F-16 a Dinamarca en 2024, mientras Chile compró 12 a los Países Bajos en 2005.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2024", "transfer NL>CL f-16 q=12 ordered y=2005"}},
		{"en, while another buyer from the maker", "en", "2026-03-03",
			"Poland bought 32 F-35 fighters in 2020, while Finland ordered 64 in 2021.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2020", "transfer US>FI f-35 q=64 ordered y=2021"}},
		{"a count of something else is no further order", "fr", "2026-03-03",
			"L'Inde a commandé 36 Rafale en 2016, puis 26 pilotes de plus ont été formés.",
			[]string{"transfer FR>IN rafale q=36 ordered y=2016"}},
		{"a plan is no order", "es", "2026-03-03",
			"Argentina compró 24 cazas F-16 a Dinamarca en 2024, mientras Chile planea comprar 12 más adelante.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2024"}},
	}, show)
}
