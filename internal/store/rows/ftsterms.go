package rows

import (
	"strings"
)

// FTSTerms is what the SQLite full-text index holds of a long document
// (longer than PassageMin bytes) instead of its text: each distinct
// whitespace-separated word once (as written: the index folds case and
// diacritics itself), without the punctuation around it, one per line, in
// the order of first appearance. Indexing a
// multi-megabyte text as one FTS5 row holds its whole token list in memory
// until the row is done; its distinct words are a small part of it. Words
// keep their inner hyphens and dots, so that a search for "F-16" (the
// phrase of the tokens f and 16) still finds it. It is "" (index the text
// itself) for a shorter text.
func FTSTerms(text string) string {
	if len(text) <= PassageMin {
		return ""
	}
	seen := map[string]struct{}{}
	var b strings.Builder
	for w := range strings.FieldsSeq(text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
		if w == "" {
			continue
		}
		if _, ok := seen[w]; ok {
			continue
		}
		seen[w] = struct{}{}
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return b.String()
}
