package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// r12RemovedFrom reports whether the transfer f names a system only as the
// programme a state was removed from (fresh5-removal before it, a
// programme word at it): "the United States removed Turkey from the F-35
// programme", "exclu du programme F-35", "excluida del programa F-35",
// "aus dem F-35-Programm ausgeschlossen", "استبعاد تركيا من برنامج إف-35".
// Being removed from a programme is no transfer.
func (sc *sentScan) r12RemovedFrom(f *domain.Fact) bool {
	if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" {
		return false
	}
	seen := false
	for _, m := range sc.mentions {
		if m.kind != mSystem || m.id != f.System.ID {
			continue
		}
		seen = true
		if !sc.r12ProgrammeAt(m) || !sc.r12RemovalNear(m) {
			return false
		}
	}
	return seen
}

// r12ProgrammeAt reports whether a programme word stands within two tokens
// of mention m or is written onto it ("F-35-Programm").
func (sc *sentScan) r12ProgrammeAt(m mention) bool {
	for k := max(0, m.tok0-3); k < len(sc.toks) && k < m.tok1+2; k++ {
		if sc.lw.isTok("program-word", &sc.toks[k]) || sc.lw.isWord("program-word", strings.TrimPrefix(sc.toks[k].norm, "ال")) {
			return true
		}
		if k >= m.tok0 && k < m.tok1+1 && strings.Contains(strings.ToLower(sc.toks[k].raw), "programm") {
			return true
		}
	}
	return false
}

// r12RemovalNear reports whether a word of removal (fresh5-removal) stands
// within eight tokens before mention m or four after it.
func (sc *sentScan) r12RemovalNear(m mention) bool {
	ps := sc.lw.set("fresh5-removal")
	for k := max(0, m.tok0-8); k < len(sc.toks) && k < m.tok1+4; k++ {
		if k >= m.tok0 && k < m.tok1 {
			continue
		}
		if n, _ := ps.at(sc.toks, k); n > 0 {
			return true
		}
		if sc.toks[k].arabic && sc.lw.isWord("fresh5-removal", strings.TrimPrefix(sc.toks[k].norm, "و")) {
			return true
		}
	}
	return false
}

// r12ExcludedFrom reports whether the negation cue at i is a participle of
// exclusion followed by what one is excluded from (fresh5-removed-from:
// "exclu du programme F-35"): a removal, not a negation of the sentence.
func (sc *sentScan) r12ExcludedFrom(kind string, i int) bool {
	if kind != "negation" || i+1 >= len(sc.toks) || !sc.lw.isTok("fresh5-removal", &sc.toks[i]) {
		return false
	}
	return sc.lw.isTok("fresh5-removed-from", &sc.toks[i+1]) && !sc.r13ExcludedInfinitive(i) // all_r13_leftovers_exclu.go: "a exclu de livrer"
}
