package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestYearRangeLast: a transfer told over a span of years takes the last
// one ("entre 1996 y 1997", "between 2019 and 2021"); a lone year after
// "entre" is no span. Texts written for this test.
func TestYearRangeLast(t *testing.T) {
	tests := []factCase{
		{"es: entre 1996 y 1997", "es", "2024-10-22",
			"El Perú recibió de Bielorrusia aviones MiG-29 entre 1996 y 1997.",
			[]string{"transfer BY>PE mig-29 delivered y=1997"}},
		{"en: between 2019 and 2021", "en", "2024-10-22",
			"Peru received MiG-29 fighters from Belarus between 2019 and 2021.",
			[]string{"transfer BY>PE mig-29 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
