package extract

import (
	"strings"
	"unicode"
)

// esQuotedNicknames reads a system's nickname that a Spanish document
// introduces in quotes right after the system ("ocho cazas JF-17
// ‘Thunder’") and later uses alone, in quotes, for the same system ("el
// tercer cliente extranjero del “Thunder”"): the later quoted word becomes
// a mention of that system. A word introduced for two systems is left
// alone. Nicknames are learnt sentence by sentence as the document is read
// (d.esNick), so each sentence is looked at once.
func (d *docScan) esQuotedNicknames(sc *sentScan) {
	if d.lw.code != "es" {
		return
	}
	quoted := func(k int) bool {
		if k >= len(sc.toks) || !strings.ContainsAny(sc.toks[k].gap, "\"“‘'«") {
			return false
		}
		r := []rune(sc.toks[k].raw)
		if len(r) < 4 || !unicode.IsUpper(r[0]) {
			return false
		}
		return k+1 == len(sc.toks) || strings.ContainsAny(sc.toks[k+1].gap, "\"”’'»")
	}
	var added []mention
	for k, t := range sc.toks {
		if id := d.esNick[t.norm]; id != "" && id != "-" && quoted(k) && !sc.inMention(k) {
			added = append(added, mention{kind: mSystem, id: id, start: t.start, end: t.end, tok0: k, tok1: k + 1})
		}
	}
	for _, m := range sc.mentions {
		if m.kind != mSystem || strings.HasPrefix(m.id, synthPrefix) || !quoted(m.tok1) || sc.inMention(m.tok1) {
			continue
		}
		if d.esNick == nil {
			d.esNick = map[string]string{}
		}
		w := sc.toks[m.tok1].norm
		if old, ok := d.esNick[w]; ok && old != m.id {
			d.esNick[w] = "-"
		} else {
			d.esNick[w] = m.id
		}
	}
	sc.addMentions(added) // de_typenames.go
}
