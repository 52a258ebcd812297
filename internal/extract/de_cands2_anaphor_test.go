package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeTypeAnaphor: "Flugzeuge des Typs" with no name after it, "Panzer
// dieses Typs" and "solche Geschütze" name the system of that category
// the text named last; a name after "des Typs" is still read as the
// name. Sentences written for this test.
func TestDeTypeAnaphor(t *testing.T) {
	tests := []factCase{
		{"des Typs, no name after", "de", "2023-05-03",
			"Das Ministerium erwägt, weitere F-35A zu bestellen. Schon 2022 hatte die Bundesregierung 35 Flugzeuge des Typs geordert.",
			[]string{"transfer US>DE f-35 q=35 ordered y=2022"}},
		{"dieses Typs", "de", "2023-05-03",
			"Polen kauft weitere K2 in Südkorea. Den ersten Vertrag über 180 Panzer dieses Typs hatte Polen bereits im August 2022 geschlossen.",
			[]string{"transfer KR>PL k2-black-panther ordered y=2023", "transfer KR>PL k2-black-panther q=180 ordered y=2022"}},
		{"solche", "de", "2023-05-03",
			"Die Panzerhaubitze 2000 schießt 40 Kilometer weit. Auch die Niederlande haben der Ukraine solche Geschütze überlassen.",
			[]string{"transfer NL>UA pzh-2000 delivered y=2023"}},
		{"a name after des Typs", "de", "2023-05-03",
			"Die Panzerhaubitze 2000 schießt weit. Deutschland liefert 20 Kampfjets des Typs Eurofighter an die Türkei.",
			[]string{"transfer DE>TR eurofighter-typhoon q=20 delivered y=2023"}},
		{"no system of the category before", "de", "2023-05-03",
			"Die Panzerhaubitze 2000 schießt weit. Auch die Niederlande haben der Ukraine sechs solche Flugzeuge überlassen.",
			[]string{"transfer NL>UA cat:aircraft q=6 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
