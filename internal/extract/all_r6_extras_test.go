package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR6ExtrasFeatures: a system named as a weapon's target, as the
// platform an item is for, or as what a launcher can fire carries the
// feature that says so; the system traded in the same sentence does not.
// Sentences written for this test.
func TestR6ExtrasFeatures(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct {
		lang, text, mention, feature string
		want                         bool
	}{
		// a kind of weapon named as the target gives no candidate at all
		// (all_r6_category.go, TestCategoryTargets); a named one is weighed
		{"en", "Title\n\nThe United States delivered to Poland 12 Sentinel radars that protect against Shahed-136 drones.", "Shahed", "target", true},
		{"en", "Title\n\nThe United States delivered to Poland 12 Sentinel radars that protect against Shahed-136 drones.", "Sentinel", "target", false},
		{"de", "Titel\n\nDeutschland lieferte der Ukraine 10 Flugabwehrsysteme gegen Shahed-136.", "Shahed", "target", true},
		{"ar", "عنوان\n\nسلمت فرنسا المغرب 20 صاروخا مضادا لدبابات T-72.", "T-72", "target", true},
		{"en", "Title\n\nThe United States approved the sale to Taiwan of 6 sensor pods for jets.", "jets", "item-for", true},
		{"de", "Titel\n\nDeutschland lieferte der Ukraine eine Million Schuss Munition für Handfeuerwaffen.", "Handfeuerwaffen", "item-for", true},
		{"fr", "Titre\n\nLa France a livré au Maroc 30 obus pour les canons Caesar.", "Caesar", "item-for", true},
		{"en", "Title\n\nGermany delivered to Ukraine a launcher able to fire eight missiles.", "missiles", "capability", true},
		{"es", "Título\n\nEspaña entregó a Perú un buque capaz de transportar helicópteros.", "helicópteros", "capability", true},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Text: c.text, Published: "2024-03-03"})
		if err != nil {
			t.Fatal(err)
		}
		found, got := false, false
		for _, k := range cs {
			f := k.Fact
			if f.Type != domain.TypeTransfer || f.System == nil || !strings.Contains(f.System.Mention, c.mention) {
				continue
			}
			found = true
			got = got || slices.Contains(k.Features, "transfer|"+c.feature)
		}
		if !found {
			t.Errorf("%s %q: no candidate for %q", c.lang, c.text, c.mention)
			continue
		}
		if got != c.want {
			t.Errorf("%s %q: %q has %s = %v, want %v", c.lang, c.text, c.mention, c.feature, got, c.want)
		}
	}
}

// TestR6ExtrasLexicon: uncounted gear joined to a named system by a word
// of addition ("in addition to"; a listing "as well as" keeps its items,
// TestAccessoryGear), a system made at home and a system on show give no
// transfer candidate; a counted item, a purchase abroad and a delivery
// stay (lexicon rows of r6 extras). Sentences written for this test.
func TestR6ExtrasLexicon(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct {
		lang, text, mention string
		want                bool
	}{
		{"en", "Title\n\nThe United States approved the sale to Egypt of 10 AH-64E Apache helicopters, in addition to sensors and spare parts.", "sensors", false},
		{"fr", "Titre\n\nLa France a livré au Niger 30 blindés VBL en plus de munitions.", "munitions", false},
		{"es", "Título\n\nEstados Unidos entregó a Guatemala 3 lanchas Boston Whaler, además de ametralladoras.", "ametralladoras", false},
		{"ar", "عنوان\n\nسلمت الولايات المتحدة لبنان 480 صاروخا من نوع AT4 فضلا عن رشاشات.", "رشاشات", false},
		{"en", "Title\n\nThe United States approved the sale to Egypt of 10 AH-64E Apache helicopters, in addition to 24 Hellfire missiles.", "Hellfire", true},
		{"de", "Titel\n\nDie Marine erhält zwei Fregatten, die in Kiel gefertigt werden.", "Fregatten", false},
		{"de", "Titel\n\nDie Bundeswehr zeigt auf der Rüstungsschau in Berlin den Kampfpanzer Leopard 2.", "Leopard", false},
		{"de", "Titel\n\nDeutschland hat der Ukraine 18 Leopard 2 geliefert.", "Leopard", true},
	}
	for _, c := range cases {
		got := anyCandidate(t, x, c.lang, c.text, "2024-03-03", func(k Candidate) bool {
			f := k.Fact
			return f.Type == domain.TypeTransfer && f.System != nil && strings.Contains(f.System.Mention, c.mention)
		})
		if got != c.want {
			t.Errorf("%s %q: candidate on %q = %v, want %v", c.lang, c.text, c.mention, got, c.want)
		}
	}
}
