package extract

import "strings"

// deGetsDelivered reads the German "geliefert bekommen", "überlassen
// erhalten": a giving participle right before a verb of getting is the
// getting, and its subject receives ("Zypern soll zwölf Hubschrauber
// geliefert bekommen"), where the participle alone would make the subject
// the seller.
func (sc *sentScan) deGetsDelivered(k int) bool {
	if sc.lw.code != "de" {
		return false
	}
	n, _ := sc.lw.set("supply-verb").at(sc.toks, k)
	if n == 0 || k+n >= len(sc.toks) {
		return false
	}
	w := sc.toks[k+n].norm
	for _, st := range []string{"bekomm", "bekam", "erhalt", "erhielt"} {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}
