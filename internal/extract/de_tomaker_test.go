package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeToMaker: German sales back to the maker (de_tomaker.go): the firm
// named after "an die Firma"/"an den Hersteller" buys, and its state,
// named as the firm's seat ("… GmbH in Deutschland"), is the recipient,
// not the supplier that the system's origin suggests. Sentences written
// for this test.
func TestDeToMaker(t *testing.T) {
	tests := []factCase{
		{"sold back to the maker's firm in its state", "de", "2023-06-07",
			"Bern – Der Bundesrat hat dem Gesuch stattgegeben, 25 Kampfpanzer vom Typ Leopard 2 A4 an die Firma auszuführen, die sie gebaut hat, nämlich die Rheinmetall Landsysteme GmbH in Deutschland.",
			[]string{"transfer CH>DE leopard-2 q=25 approved y=2023"}},
		{"sold to the maker named after 'an den Hersteller'", "de", "2024-03-01",
			"Österreich darf zwölf alte Kampfpanzer Leopard 2 an den Hersteller Rheinmetall in Deutschland verkaufen.",
			[]string{"transfer AT>DE leopard-2 q=12"}},
		// a maker that sells keeps its state as the supplier
		{"the maker sells to a buyer", "de", "2024-03-01",
			"Der Hersteller Rheinmetall in Deutschland hat 50 Schützenpanzer Lynx an Ungarn verkauft.",
			[]string{"transfer DE>HU lynx-kf41 q=50 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
