package lexicon

import "testing"

// TestGenericKindsAgree: the same kind has the same category in every
// language, as the gold writes it: a missile of air defence (MANPADS,
// surface-to-air, Flugabwehr- and Luftabwehrraketen) is missiles, its
// system air-defence; portable anti-tank weapons are small arms.
func TestGenericKindsAgree(t *testing.T) {
	cat := map[[2]string]string{}
	for _, g := range Default().Generics {
		cat[[2]string{g.Lang, g.Text}] = g.Category
	}
	want := []struct{ lang, text, cat string }{
		{"en", "surface-to-air missiles", "missiles"},
		{"en", "MANPADS", "missiles"},
		{"fr", "missiles sol-air", "missiles"},
		{"es", "misiles tierra-aire", "missiles"},
		{"de", "Luftabwehrraketen", "missiles"},
		{"de", "Flugabwehrraketen", "missiles"},
		{"de", "Boden-Luft-Raketen", "missiles"},
		{"de", "Fliegerfaust", "missiles"},
		{"en", "surface-to-air missile systems", "air-defence"},
		{"fr", "systèmes de missiles sol-air", "air-defence"},
		{"de", "Flugabwehrraketensysteme", "air-defence"},
		{"en", "anti-tank weapons", "small-arms"},
		{"fr", "armes antichars", "small-arms"},
		{"es", "armas antitanque", "small-arms"},
		{"de", "Panzerabwehrwaffen", "small-arms"},
		{"en", "anti-aircraft guns", "air-defence"},
		{"es", "cañones antiaéreos", "air-defence"},
		{"fr", "canons antiaériens", "air-defence"},
	}
	for _, w := range want {
		if got := cat[[2]string{w.lang, w.text}]; got != w.cat {
			t.Errorf("generic %s %q has category %q, want %q", w.lang, w.text, got, w.cat)
		}
	}
}
