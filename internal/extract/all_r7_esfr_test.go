package extract

import (
	"strings"
	"testing"
)

// all_r7_negation_embargo.go: an embargo in the opening phrase does not
// deny the main clause; all_r7_roles_media.go: the demonym of a news
// outlet or a doctrine is no party.
func TestR7EmbargoOpeningAndMediaDemonym(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"fr", "Armement\n\nParis, 5 juin 2023 — Privé d'armes par un embargo, le Tchad se tourne vers la Turquie, qui lui livre des drones TB2.\n", "TR>TD"},
		{"en", "Arms\n\nLondon, 5 June 2023 — Hit by an arms embargo, Chad turned to Turkey, which delivered four TB2 drones.\n", "TR>TD"},
		{"fr", "Avions\n\nParis, 5 juin 2023 — Selon la presse allemande, le Qatar a commandé 12 Eurofighter au Royaume-Uni.\n", "GB>QA"},
		{"en", "Jets\n\nLondon, 5 June 2023 — According to the German press, Qatar ordered 12 Eurofighters from the United Kingdom.\n", "GB>QA"},
		{"fr", "Doctrine\n\nParis, 5 juin 2023 — Suivant la doctrine allemande, le Tchad se tourne vers la Turquie, qui lui livre des drones TB2.\n", "TR>TD"},
	}
	for _, tc := range tests {
		got := transferPairs(t, testExtractor(t), tc.lang, tc.text, nil)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q: got %v, want [%s]", tc.lang, tc.text[:30], got, tc.want)
		}
	}
	// the main clause's own negation still denies
	for _, text := range []string{
		"Arms\n\nLondon, 5 June 2023 — Because of the embargo, Chad could not buy TB2 drones from Turkey.\n",
		"Armement\n\nParis, 5 juin 2023 — En raison de l'embargo, le Tchad n'a pas pu acheter de drones TB2 à la Turquie.\n",
	} {
		if got := transferPairs(t, testExtractor(t), map[bool]string{true: "en", false: "fr"}[strings.HasPrefix(text, "Arms\n")], text, nil); len(got) != 0 {
			t.Errorf("%q: got %v, want none", text[:30], got)
		}
	}
}
