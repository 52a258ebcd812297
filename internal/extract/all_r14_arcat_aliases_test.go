package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestSystemAliasesResolveOnceAsMatched: every name of a system, read as
// the matcher reads it (tokens normalised: Arabic alef and hamza forms,
// ى and ي, ة and ه folded, the article taken off, letters and digits
// apart, "سو-35" = "سو 35" = "سو35"), names one system. The lexicon's own
// test compares names without case, spaces and hyphens only, so two
// Arabic spellings that differ in a hamza pass there and collide here.
func TestSystemAliasesResolveOnceAsMatched(t *testing.T) {
	idx := map[string][]string{}
	for _, s := range lexicon.Default().Systems {
		for _, a := range append([]string{s.Name, s.Designation}, s.Aliases...) {
			toks := tokenize(a, 0)
			if len(toks) == 0 {
				continue
			}
			norms := make([]string, len(toks))
			for i, tk := range toks {
				norms[i] = tk.norm
			}
			k := strings.Join(norms, " ")
			if !slices.Contains(idx[k], s.ID) {
				idx[k] = append(idx[k], s.ID)
			}
		}
	}
	for k, ids := range idx {
		if len(ids) > 1 {
			sort.Strings(ids)
			t.Errorf("%q names several systems as matched: %v", k, ids)
		}
	}
}
