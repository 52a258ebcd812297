package extract

import (
	"strings"
	"testing"
)

// TestIndexDash checks indexDash against strings.IndexAny.
func TestIndexDash(t *testing.T) {
	for _, s := range []string{"", "—", "–", "a — b", "PARIS (AFP) – x", "\xe2", "\xe2\x80", "\xe2\x80\x92–", "x\xe2—", "\xf0\xe2\x80\x93", "é€—", "no dash", "-", "‒―"} {
		if got, want := indexDash(s), strings.IndexAny(s, "—–"); got != want {
			t.Errorf("indexDash(%q) = %d, want %d", s, got, want)
		}
	}
}
