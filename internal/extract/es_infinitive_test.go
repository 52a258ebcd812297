package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsGivingInfinitive: a state that commits to, agrees to or starts to
// give ("se comprometió a entregar", "acordó vender", "decidió donar")
// is the supplier; before, the infinitive was no supply verb and the
// system's maker country took its place. Texts written for this test.
func TestEsGivingInfinitive(t *testing.T) {
	tests := []factCase{
		{"es: se comprometió a entregar", "es", "2023-02-23",
			"España se comprometió a entregar a Ucrania seis carros de combate Leopard 2A4.",
			[]string{"transfer ES>UA leopard-2 q=6 approved y=2023"}},
		{"es: relative clause, se comprometió a entregar", "es", "2023-02-23",
			"Los seis carros de combate Leopard 2A4 que Portugal se comprometió a entregar a Ucrania estarán listos en marzo.",
			[]string{"transfer PT>UA leopard-2 q=6 approved y=2023"}},
		{"es: acordó traspasar", "es", "2021-06-10",
			"Chile acordó traspasar a Ecuador dos helicópteros UH-60 de su Fuerza Aérea.",
			[]string{"transfer CL>EC uh-60-black-hawk q=2"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
