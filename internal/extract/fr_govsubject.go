package extract

import "strings"

// frGovernmentSubject reports whether "le gouvernement du Canada" opens a
// French clause as its subject: "Le gouvernement du Canada fournira 200
// véhicules blindés à l'armée ukrainienne", "Mardi, le gouvernement de la
// France a livré…", after a dateline: "OTTAWA — Le gouvernement du Canada
// fournira…". The reading of "Government of X" as the buyer of a
// notice ("the Government of Morocco has requested") does not hold for
// the subject of a French clause: there the verb decides the role, as it
// does for "le Canada" or "le gouvernement canadien".
func (sc *sentScan) frGovernmentSubject(m mention) bool {
	if sc.lw.code != "fr" || m.tok0 < 3 {
		return false
	}
	j := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[j]) {
		j--
	}
	if j < 2 {
		return false
	}
	switch sc.toks[j].norm {
	case "du", "de", "d":
	default:
		return false
	}
	if sc.toks[j-1].norm != "gouvernement" {
		return false
	}
	k := j - 2
	if sc.toks[k].norm != "le" {
		return false
	}
	return k == 0 || gapBreaks(sc.toks[k].gap) || strings.ContainsAny(sc.toks[k].gap, "—–")
}
