package extract

import (
	"strings"
	"testing"
)

// TestR14SpeedEsFutureWord checks esFutureWord against the lowered word's
// suffixes.
func TestR14SpeedEsFutureWord(t *testing.T) {
	for _, w := range []string{"", "n", "á", "rá", "rán", "RÁ", "RÁN", "Rán", "entregará", "ENTREGARÁN", "entregaran", "será", "serán", "ná", "rn", "árn", "xrÁn", "\xff", "r\xffá", "rá\xff", "ṙá", "ra", "rañ", "rán ", "Entregará"} {
		lw := strings.ToLower(w)
		if got, want := esFutureWord(w), strings.HasSuffix(lw, "rá") || strings.HasSuffix(lw, "rán"); got != want {
			t.Errorf("esFutureWord(%q) = %v, want %v", w, got, want)
		}
	}
}
