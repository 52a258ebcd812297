package extract

import "strings"

// r14ParticleBefore reports whether the German word before m is the
// particle of a separable verb that closed the clause before it, not a
// preposition: "Der polnische Minister kündigte an, Deutschland werde …
// liefern" — "an" is "ankündigen"'s, and Deutschland, after the comma,
// gets nothing from it.
func (sc *sentScan) r14ParticleBefore(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 1 {
		return false
	}
	k := m.tok0
	if k >= 2 && sc.lw.isTok("article", &sc.toks[k-1]) {
		k--
	}
	if sc.toks[k-1].norm != "an" && sc.toks[k-1].norm != "ab" {
		return false
	}
	return strings.ContainsAny(sc.toks[k].gap, ",;:")
}
