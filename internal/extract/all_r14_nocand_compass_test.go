package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR14CompassState: a German compound of a compass word and a state's
// name is the state; states and regions of their own match first.
func TestR14CompassState(t *testing.T) {
	x := New(lexicon.Default())
	tests := []struct {
		lang, text, want string // the states found
	}{
		{"de", "Deutschland liefert Milan-Raketen an die Kurden im Nordirak.", "DE IQ"},
		{"de", "Die Waffen gingen in die Ostukraine.", "UA"},
		{"de", "Soldaten im Südlibanon", "LB"},
		// states of their own
		{"de", "Südkorea liefert Panzer an Nordmazedonien, nicht an Nordkorea.", "KR MK KP"},
		{"de", "Der Südsudan und Osttimor", "SS TL"},
		// a demonym or capital after the compass word is no state
		{"de", "Die Nordkiewer Bahn", ""},
		// other languages write the compass word apart
		{"en", "Nordirak", ""},
	}
	for _, tc := range tests {
		if got := matchedIDs(x, tc.lang, tc.text, mCountry); got != tc.want {
			t.Errorf("%s %q: states %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
