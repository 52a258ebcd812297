package extract

import (
	"testing"
	"time"
)

// TestDeWantGive: "will/wollen … liefern" of a state is a pledge kept in
// doubt, other plans are not (de_want.go). Sentences written for this
// test.
func TestDeWantGive(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Deutschland will der Ukraine 178 Leopard-1-Panzer liefern.", true},
		{"Norwegen und Dänemark wollen der Ukraine gemeinsam 8000 Artilleriegeschosse schicken.", true},
		{"Die Niederlande wollen Kiew 18 Kampfflugzeuge vom Typ F-16 überlassen.", true},
		{"Polen will 100 K2-Panzer kaufen.", false},
		{"Deutschland will prüfen, ob es der Ukraine Leopard-Panzer liefern könnte.", false},
		{"Die Regierung will der Ukraine Panzer liefern.", false},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, "de", time.Time{})
		if got := sc.deWantGive(0, len(sc.toks)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
