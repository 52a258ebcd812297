package lexicon

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// exclusiveKinds are pairs of kinds whose readings exclude each other: a
// word in both reads two ways at once (fr "exposé" was a production cue
// and a display; es "reparación" production and maintenance). made and
// production are not here: the same word ("Produktion", "fabrication")
// is either, and the context decides (internal/extract/all_r8_quality_made.go).
var exclusiveKinds = [][2]string{{"display", "production"}, {"maintenance", "production"}}

// TestLangExclusiveKinds: no word of a language is in both kinds of an
// exclusive pair (compared without case or accents).
func TestLangExclusiveKinds(t *testing.T) {
	l := mustLoad(t)
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range norm.NFD.String(strings.ToLower(s)) {
			if r < 0x300 || r > 0x36f {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, code := range l.Langs() {
		lg := l.Lang(code)
		for _, pair := range exclusiveKinds {
			in := map[string]bool{}
			for _, w := range lg.Words[pair[0]] {
				in[fold(w.Text)] = true
			}
			for _, w := range lg.Words[pair[1]] {
				if in[fold(w.Text)] {
					t.Errorf("lang_%s.tsv: %q is both %s and %s", code, w.Text, pair[0], pair[1])
				}
			}
		}
	}
}
