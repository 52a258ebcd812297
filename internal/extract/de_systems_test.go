package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeShipClasses: German names of ship and submarine classes ("Typ
// 209", "Klasse 218 SG", "Dolphin-Klasse", "MEKO-Fregatten") name the
// lexicon's system, not a designation of their own (systems.tsv).
// Sentences written for this test.
func TestDeShipClasses(t *testing.T) {
	tests := []factCase{
		{"Klasse N", "de", "2023-05-03",
			"Deutschland liefert ein Boot der Klasse 218 SG an Singapur.",
			[]string{"transfer DE>SG type-218sg q=1 delivered y=2023"}},
		{"vom Typ N", "de", "2023-05-03",
			"Deutschland liefert vier U-Boote vom Typ 209 an Ägypten.",
			[]string{"transfer DE>EG type-209 q=4 delivered y=2023"}},
		{"des Typs N", "de", "2023-05-03",
			"Deutschland verkauft vier Boote des Typs 218SG an Singapur.",
			[]string{"transfer DE>SG type-218sg q=4 ordered y=2023"}},
		{"X-Klasse", "de", "2023-05-03",
			"Israel bekommt zwei U-Boote der Dolphin-Klasse aus Deutschland.",
			[]string{"transfer DE>IL dolphin-class q=2 ordered y=2023"}},
		{"X-Boote", "de", "2023-05-03",
			"Israel soll zwei weitere Dolphin-Boote aus Deutschland erhalten.",
			[]string{"transfer DE>IL dolphin-class q=2 approved y=2023"}},
		{"class name before a generic noun", "de", "2023-05-03",
			"Algerien erhielt zwei MEKO-Fregatten aus Deutschland.",
			[]string{"transfer DE>DZ meko q=2 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
