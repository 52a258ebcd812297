package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSymWindows checks preSym, which reads only the end of its
// window, and postSym, which checks the window's opening first, against
// their regexps on the whole window: before and after every digit of the
// sample articles and of currencies written beside numbers after long
// and multi-byte prefixes.
func TestSymWindows(t *testing.T) {
	texts := sampleArticles(t)
	syms := []string{"US$", "u$s", "U$S", "U.S.$", "U.S. $", "NT$", "S$", "A$", "$", "€", "£", "¥", "₹", "₩",
		"USD", "EUR", "GBP", "CHF", "ILS", "MAD", "KRW", "XUSD", "ILSS", "éUSD", "€USD", "1USD", "_USD", "US", "U.S.", "$$", "Mrd. EUR", "S",
		"u$S", "C$", "R$", "SEK", "NOK", "PLN", "SAR", "AED", "JPY", "INR", "AUD", "CAD", "BRL", "DZD", "TRY", "CNY", "RUB", "s", "ILs", "Rs", "xs$s"}
	for _, c := range syms {
		for _, pre := range []string{"", "a ", "for ", "pour\u00a0", "(", "costs", "a contract worth about ", "un contrat d’une valeur d’environ ", "بقيمة ", "xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ééééééééééééé"} {
			for _, sp := range []string{"", " ", "  ", "\t", "\u00a0", "."} {
				texts = append(texts, pre+c+sp+"12", "12"+sp+c+" million", "12"+sp+c, "12"+sp+c+pre)
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
			h := headWindow(s[i+1:])
			if got, want := postSym(h), postSymRe.FindStringSubmatch(h); !reflect.DeepEqual(got, want) {
				t.Errorf("postSym(%q) = %q, want %q", h, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d windows checked", n)
	}
}

// sampleArticles returns the texts of the bundled sample articles.
func sampleArticles(t *testing.T) []string {
	t.Helper()
	var texts []string
	files, _ := filepath.Glob(filepath.Join("..", "samples", "articles", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
