package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsExShipPrefix: a second-hand ship named with "ex" and its former
// navy's prefix ("la corbeta ex-ROKS Iksan") is a ship as "la corbeta
// Iksan" is; before, the prefix hid the name and no candidate was made.
// Texts written for this test.
func TestEsExShipPrefix(t *testing.T) {
	tests := []factCase{
		{"es: ex-ROKS", "es", "2020-09-28",
			"La Armada de Colombia recibió de Corea del Sur la corbeta ex-ROKS Iksan, de la clase Pohang.",
			[]string{"transfer KR>CO x:iksan q=1 delivered y=2020"}},
		{"es: prefix without ex", "es", "2020-09-28",
			"Chile compró a Australia la fragata HMAS Newcastle.",
			[]string{"transfer AU>CL x:newcastle q=1 ordered y=2020"}},
		{"es: not for aircraft", "es", "2020-09-28",
			"Chile compró a Australia el avión ex-RAAF Orion.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEsMadeOrigin: "de origen ruso", "de fabricación estadounidense" name
// the maker's country; when another state of the sentence gives the
// system, that state is the supplier. Texts written for this test.
func TestEsMadeOrigin(t *testing.T) {
	tests := []factCase{
		{"es: de origen, second-hand", "es", "2024-10-22",
			"Los MiG-29 de origen ruso que el Perú recibió de segunda mano de Bielorrusia en 1997 tuvieron problemas.",
			[]string{"transfer BY>PE mig-29 delivered y=1997"}},
		{"es: de fabricación, the maker's state sells", "es", "2024-10-22",
			"Rusia vendió a Perú ocho MiG-29 de fabricación rusa.",
			[]string{"transfer RU>PE mig-29 q=8 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
