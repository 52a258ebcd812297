package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRoles2Contents: a German sentence listing what the package of the
// sentence before holds ("Darin enthalten waren …", "Dazu gehören …",
// "Das Paket umfasst …") takes that sentence's giver and receiver, not the
// maker's state or the document's focus (de_roles2_contents.go). Sentences
// written for this test.
func TestDeRoles2Contents(t *testing.T) {
	tests := []factCase{
		{"Darin enthalten: a foreign-made system keeps the package's giver", "de", "2024-03-12",
			"Deutschland hat der Ukraine ein neues Paket übergeben. Darin enthalten waren zehn Kettenfahrzeuge Warthog und vier Bergepanzer Büffel.",
			[]string{"transfer DE>UA bronco-attc q=10 delivered y=2024", "transfer DE>UA buffel q=4 delivered y=2024"}},
		{"Dazu gehören after a delivery to a state named with an", "de", "2023-06-01",
			"Die Niederlande haben ein weiteres Hilfspaket an Litauen geliefert. Dazu gehören zwölf Schützenpanzer Marder.",
			[]string{"transfer NL>LT marder q=12 delivered y=2023"}},
		{"Das Paket umfasst", "de", "2023-06-01",
			"Polen hat der Ukraine ein Paket übergeben. Das Paket umfasst 14 Kampfpanzer Leopard 2.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2023"}},
		{"a list after a sentence with no giver takes nothing from it", "de", "2023-06-01",
			"Die Ukraine braucht dringend mehr Waffen. Darunter sind Haubitzen und Flugabwehr.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
