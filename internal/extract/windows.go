package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

// windowRunes bounds the text one scan reads at once. A news article is a
// few thousand runes; a longer text (a report, a data dump, pages of a
// feed run together) is read in windows of whole paragraphs, each scanned
// as a document of its own, so that the memory a scan holds (tokens,
// mentions and facts of every sentence) stays bounded by the window while
// the work grows linearly with the text.
const windowRunes = 1 << 16

// windowCandidates scans a long document window by window and joins the
// windows' candidates: evidence offsets move to the whole text, and a fact
// that several windows state (same key, not distinct events) is one.
func (x *Extractor) windowCandidates(doc *domain.Document, relaxed bool) []Candidate {
	var out []Candidate
	byKey := map[string][]int{}
	base := 0 // rune offset of the window in doc.Text
	rest := doc.Text
	for rest != "" {
		w := cutWindow(rest, windowRunes)
		sub := *doc
		sub.Text = w
		for _, c := range x.scanCandidates(&sub, relaxed) {
			c.Fact.Evidence.Start += base
			c.Fact.Evidence.End += base
			k := factKey(c.Fact)
			merged := false
			for _, i := range byKey[k] {
				if !distinctEvent(out[i].Fact, c.Fact) {
					mergeInto(&out[i].Fact, c.Fact)
					merged = true
					break
				}
			}
			if !merged {
				byKey[k] = append(byKey[k], len(out))
				out = append(out, c)
			}
		}
		base += utf8.RuneCountInString(w)
		rest = rest[len(w):]
	}
	return out
}

// cutWindow returns the head of s to scan as one window: at most max runes,
// ending after a paragraph break when one falls in the window's second
// half, else after a line break, else after a full stop, else at max runes.
func cutWindow(s string, max int) string {
	head := headRunes(s, max)
	if len(head) == len(s) {
		return s
	}
	half := len(head) / 2
	for _, sep := range []string{"\n\n", "\n", ". "} {
		if i := strings.LastIndex(head, sep); i >= half {
			return s[:i+len(sep)]
		}
	}
	return head
}
