package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestPreSym checks preSym's cheap check against preSymRe alone, on the
// windows before every digit of the sample articles and on windows made
// of each currency written before a number.
func TestPreSym(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob(filepath.Join("..", "samples", "articles", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, c := range []string{"US$", "u$s", "U$S", "u$S", "U.S.$", "U.S. $", "A$", "C$", "R$", "$", "€", "£", "¥", "₹", "₩",
		"USD", "EUR", "GBP", "CHF", "SEK", "NOK", "PLN", "SAR", "AED", "MAD", "KRW", "JPY", "INR", "AUD", "CAD", "BRL", "DZD", "TRY", "ILS", "CNY", "RUB",
		"XUSD", "ILSS", "S", "s", "ILs", "US", "U.S.", "Rs", "xs$s", "$$"} {
		for _, pre := range []string{"", "a ", "for ", "pour\u00a0", "(", "costs"} {
			for _, post := range []string{"", " ", "  ", "\t", "\u00a0"} {
				texts = append(texts, pre+c+post+"12")
			}
		}
	}
	n := 0
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if !strings.ContainsRune("0123456789", rune(s[i])) {
				continue
			}
			w := symWindow(s, i)
			if got, want := preSym(w), preSymRe.FindStringSubmatch(w); !reflect.DeepEqual(got, want) {
				t.Errorf("preSym(%q) = %q, want %q", w, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d windows checked", n)
	}
}
