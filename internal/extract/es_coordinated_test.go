package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsCoordinatedDesignations: a second code joined by "y" after a
// weapon noun and a first system is a system of the noun's category
// ("helicópteros Mi-17 y KX-3", "blindados VZ-18 y VX-22"); a count after
// "y" is not. Texts written for this test (the codes are made up).
func TestEsCoordinatedDesignations(t *testing.T) {
	tests := []factCase{
		{"es: lexicon system then a code", "es", "2024-05-10",
			"Rusia entregó a Venezuela helicópteros Mi-17 y KX-3.",
			[]string{"transfer RU>VE mi-8-17 delivered y=2024", "transfer RU>VE x:kx-3 delivered y=2024"}},
		{"es: two codes", "es", "2024-05-10",
			"China envió a Venezuela blindados VZ-18 y VX-22.",
			[]string{"transfer CN>VE x:vz-18 delivered y=2024", "transfer CN>VE x:vx-22 delivered y=2024"}},
		{"es: a count after y", "es", "2024-05-10",
			"China vendió a Bolivia seis aviones K-8 y 20 camiones.",
			[]string{"transfer CN>BO k-8 q=6 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
