package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// esOwnParticiple reports whether the stage cue at p is a Spanish past
// participle right after the system m that describes how it was got,
// in a sentence whose main verb tells a delivery: in "Chile recibió 10
// F-16 comprados a Estados Unidos y 18 F-16 adquiridos a Holanda" both
// lots were received; "adquiridos" tells their past order, not their
// stage now.
func (sc *sentScan) esOwnParticiple(m mention, p int, sentStage string) bool {
	if sc.lw.code != "es" || sentStage != domain.StageDelivered || p < m.tok1 || p > m.tok1+2 || p >= len(sc.toks) {
		return false
	}
	return esParticiple(sc.toks[p].norm)
}

// esParticiple reports whether a word has the ending of a Spanish past
// participle: "comprados", "adquirida", "encargado".
func esParticiple(w string) bool {
	for _, e := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
