package extract

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
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
// that several windows state (same key, not distinct events) is one. The
// windows are scanned in parallel, as many at once as Go has processors
// (a 2 MB text is 30-odd windows), and joined in their order, so the
// result is the same as one by one. A scan's working memory is held for
// the windows in flight (with several workers each reading a long text,
// up to workers × processors of them), and the windows' candidates until
// all are scanned: small beside the text.
func (x *Extractor) windowCandidates(doc *domain.Document, relaxed bool) []Candidate {
	var wins []string
	for rest := doc.Text; rest != ""; {
		w := cutWindow(rest, windowRunes)
		wins = append(wins, w)
		rest = rest[len(w):]
	}
	found := make([][]Candidate, len(wins))
	scan := func(i int) {
		sub := *doc
		sub.Text = wins[i]
		found[i] = x.scanCandidates(&sub, relaxed)
	}
	var (
		wg      sync.WaitGroup
		next    atomic.Int64
		mu      sync.Mutex
		crashed any // a window's first panic and its stack, raised again here for the caller's recover
	)
	for range min(runtime.GOMAXPROCS(0), len(wins)) {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					if crashed == nil { // the first, with where it happened
						crashed = fmt.Sprintf("%v\n%s", r, debug.Stack())
					}
					mu.Unlock()
				}
			}()
			for i := int(next.Add(1) - 1); i < len(wins); i = int(next.Add(1) - 1) {
				scan(i)
			}
		})
	}
	wg.Wait()
	if crashed != nil {
		panic(crashed)
	}
	var out []Candidate
	byKey := map[string][]int{}
	base := 0 // rune offset of the window in doc.Text
	for i, w := range wins {
		for _, c := range found[i] {
			c.Fact.Evidence.Start += base
			c.Fact.Evidence.End += base
			k := factKey(c.Fact)
			merged := false
			for _, j := range byKey[k] {
				if !distinctEvent(out[j].Fact, c.Fact) {
					mergeInto(&out[j].Fact, c.Fact)
					merged = true
					break
				}
			}
			if !merged {
				byKey[k] = append(byKey[k], len(out))
				out = append(out, c)
			}
		}
		found[i] = nil
		base += utf8.RuneCountInString(w)
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
