package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR14FamilyHead: a family name the catalogue lists only with a
// variant designation ("Strela-2") is read beside a word for a kind of
// arms, when the family leads to one system.
func TestR14FamilyHead(t *testing.T) {
	x := New(lexicon.Default())
	tests := []struct {
		lang, text, want string // want: the system ids found, joined by a space
	}{
		{"de", `Das Ministerium genehmigte die Abgabe von 2700 Flugabwehrraketen vom Typ "Strela" aus früheren NVA-Beständen.`, "strela-2"},
		{"de", "Deutschland liefert Mars-Raketenwerfer an die Ukraine.", "m270-mlrs"},
		// German only: elsewhere the type name stays a designation of its
		// own (designations.go), which measured better on unseen news
		{"fr", "L'Allemagne a livré des missiles de type Strela à l'Ukraine.", "x:strela"},
		{"es", "Alemania entregó misiles del tipo Strela a Ucrania.", "x:strela"},
		// no kind word beside the name: stocks, not arms
		{"de", "Einen Teil der Strela-Bestände hatte Deutschland weitergereicht.", ""},
		// a kind word after the name must be joined by a hyphen: a
		// headline capitalises its words
		{"en", "Coast Guard Patrol Boats Arrive In Manila", ""},
		// a family of several systems with no default: none is chosen
		{"de", "Frankreich liefert Mirage-Kampfjets an die Ukraine.", ""},
		// a variant the catalogue does not list is not read as its sibling
		{"de", "Chile erhielt Kampfpanzer vom Typ Leopard I aus Belgien.", ""},
		// the catalogue's own aliases are untouched
		{"de", "Die Ukraine erhielt Strela-10-Systeme.", "strela-10"},
	}
	for _, tc := range tests {
		if got := matchedIDs(x, tc.lang, tc.text, mSystem); got != tc.want {
			t.Errorf("%s %q: systems %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
