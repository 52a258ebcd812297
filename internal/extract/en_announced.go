package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// announceWords are the English verbs with which a government makes a
// package of arms public.
var announceWords = map[string]bool{"announce": true, "announces": true, "announced": true, "announcing": true,
	"unveil": true, "unveils": true, "unveiled": true, "unveiling": true}

// announcedPackageStage: a government that announces a package of arms
// has decided it ("I can today announce the most substantial package of
// combat power so far. It contains a squadron of Challenger 2 tanks ...
// Also in the package were: - Eight AS90 guns - A further 100,000
// artillery rounds"): the systems of the announcement, of the sentence
// before and after it and of the list that follows, which state no stage
// of their own, are approved (a donation announced is approved). English
// only; not "will announce", nor a doubted announcement.
func (d *docScan) announcedPackageStage(out []candidate) {
	if d.doc.Language != "en" {
		return
	}
	for a, sc := range d.sents {
		if !sc.announcesPackage() {
			continue
		}
		from, to := max(0, a-1), d.listEnd(a)
		for k := range out {
			f := &out[k].f
			if f.Type != domain.TypeTransfer || f.Stage != "" || f.Supplier == nil || f.Recipient == nil ||
				out[k].m.sent < from || out[k].m.sent > to {
				continue
			}
			f.Stage = domain.StageApproved
		}
	}
}

// announcesPackage reports an announcing verb with "package" within the
// six words after it, in a sentence neither negated nor hypothetical, the
// verb not governed by "will", "to" or a modal.
func (sc *sentScan) announcesPackage() bool {
	for k, t := range sc.toks {
		if !announceWords[t.norm] {
			continue
		}
		if k > 0 && sc.lw.isTok("plan-word", &sc.toks[k-1]) {
			return false
		}
		for j := k + 1; j < len(sc.toks) && j <= k+6; j++ {
			if sc.toks[j].norm == "package" || sc.toks[j].norm == "packages" {
				return !sc.doubtful()
			}
		}
	}
	return false
}

// listEnd returns the last sentence of the block that sentence a opens:
// the sentence after it, then any sentence that ends on a colon and the
// list items ("- Eight AS90 guns") that follow.
func (d *docScan) listEnd(a int) int {
	end := min(a+1, len(d.sents)-1)
	for j := end + 1; j < len(d.sents) && j <= a+30; j++ {
		prev := strings.TrimSpace(d.sents[j-1].s.text)
		cur := strings.TrimSpace(d.sents[j].s.text)
		if strings.HasSuffix(prev, ":") || isListItem(cur) || strings.HasSuffix(cur, ":") {
			end = j
			continue
		}
		break
	}
	return end
}

// isListItem reports a line that opens on a list mark.
func isListItem(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "*") || strings.HasPrefix(s, "–")
}
