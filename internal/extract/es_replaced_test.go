package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsReplaced: the equipment a Spanish verb of replacing takes as its
// object is retired, not bought (texts written for this test).
func TestEsReplaced(t *testing.T) {
	tests := []factCase{
		{"es: sustituirá a los viejos buques FFG-11", "es", "2024-05-10",
			"Chile recibió de Australia dos fragatas usadas, con las que sustituirá a los viejos buques FFG-11 Capitán Prat y FFG-14 Almirante Latorre.",
			[]string{"transfer AU>CL cat:ships q=2 delivered y=2024"}},
		{"es: para reemplazar a sus Mirage 5", "es", "2024-05-10",
			"Ecuador compró a Sudáfrica doce aviones Cheetah para reemplazar a sus Mirage 5.",
			[]string{"transfer ZA>EC atlas-cheetah q=12 ordered y=2024"}},
		{"es: the new system after the verb is bought", "es", "2024-05-10",
			"Los nuevos helicópteros Black Hawk que Estados Unidos vendió a Colombia sustituyen a los viejos UH-1H.",
			[]string{"transfer US>CO uh-60-black-hawk ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
