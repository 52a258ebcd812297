package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// genericCrossed are the features whose weight differs for a category
// word ("Drohnen", "patrol ships", "ذخائر") and for a named system: with
// no stage a generic is almost never a transfer (1 in 70 in the seen
// corpus, a named system 1 in 4), money in its sentence or a recipient's
// cue says more of it than of a named system, which the name itself
// already vouches for. A linear model gives each feature one weight for
// both; the crossed copy "generic&<feature>" lets it learn the difference.
var genericCrossed = []string{"stage=", "rec-cue=", "sup-cue=", "money-in-sentence", "dealcue=", "quantity", "headline"}

// genericCross appends, for a transfer of a category word with no named
// system, the crossed copies of the features in genericCrossed (r10-rejected).
func genericCross(f domain.Fact, out []string) []string {
	if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" {
		return out
	}
	t := f.Type + "|"
	n := len(out)
	for _, s := range out[:n] {
		name := strings.TrimPrefix(s, t)
		for _, p := range genericCrossed {
			if strings.HasPrefix(name, p) {
				out = append(out, t+"generic&"+name)
				break
			}
		}
	}
	return out
}
