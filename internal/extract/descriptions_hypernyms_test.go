package extract

import (
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestHypernymDescriptions: a broad word ("vehículos", "Fahrzeuge",
// "units") takes up the system a transfer just named, at a stage of its
// own; the whole order, delivered, is its own fact. Lines written for this
// test.
func TestHypernymDescriptions(t *testing.T) {
	tests := []factCase{
		{name: "Spanish: los primeros cuatro vehículos", lang: "es", pub: "2022-05-03",
			text: "Perú encargó 10 blindados Stryker a Estados Unidos en 2020.\n\nLos primeros cuatro vehículos llegaron al Callao en 2022.",
			want: []string{"US>PE stryker 10 ordered 2020", "US>PE stryker 4 delivered 2022"}},
		{name: "German: die ersten vier Fahrzeuge", lang: "de", pub: "2024-05-03",
			text: "Litauen hat 2023 bei Deutschland 44 Boxer-Radpanzer bestellt.\n\nDie ersten vier Fahrzeuge wurden im April 2024 übergeben.",
			want: []string{"DE>LT boxer 44 ordered 2023", "DE>LT boxer 4 delivered 2024"}},
		{name: "Spanish: the whole order arrives", lang: "es", pub: "2022-05-03",
			text: "Chile compró seis F-16 a los Países Bajos en 2021.\n\nLos aparatos llegaron a Antofagasta en 2022.",
			want: []string{"NL>CL f-16 6 ordered 2021", "NL>CL f-16 6 delivered 2022"}},
		{name: "English: vehicles do not take up a ship", lang: "en", pub: "2022-05-03",
			text: "Nigeria ordered two Type 056 corvettes from China in 2019.\n\nThe first vehicles arrived in 2021.",
			want: []string{"CN>NG type-056 2 ordered 2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer || f.System == nil {
			return "", false
		}
		id := f.System.ID
		if id == "" {
			id = "cat:" + f.System.Category
		}
		return fmt.Sprintf("%s>%s %s %d %s %d", f.Supplier, f.Recipient, id, f.Quantity, f.Stage, f.Year), true
	})
}
