package extract

import (
	"slices"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// Currencies are the ISO 4217 codes the extractor can put in a fact's
// value with lexicon lex: those of its currency symbols and codes, those
// the language files' currency words carry, and XAF (a CFA franc amount
// for a CEMAC recipient). internal/money's tests check each has an
// exchange rate.
func Currencies(lex *lexicon.Lexicon) []string {
	seen := map[string]bool{"XAF": true}
	for _, c := range curSymbols {
		seen[c] = true
	}
	for _, c := range codeNames {
		seen[c] = true
	}
	for _, code := range lex.Langs() {
		for _, w := range lex.Lang(code).Words["currency"] {
			if w.Value != "" {
				seen[w.Value] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
