package extract

import "strings"

// frPlannedTotal reports whether every future cue of a French clause
// [from, to) is "prévu(e)(s)" right after a count: "six F-16 sur les 32
// prévus", "les deux premiers des 24 Rafale prévus". The participle names
// the planned total of an order that a delivery is part of; it does not
// put the clause's event in the future.
func (sc *sentScan) frPlannedTotal(from, to int) bool {
	if sc.lw.code != "fr" {
		return false
	}
	set := sc.lw.set("future")
	seen := false
	for p := from; p < to; p++ {
		n, _ := set.at(sc.toks, p)
		if n == 0 {
			continue
		}
		if !strings.HasPrefix(sc.toks[p].norm, "prevu") || !sc.countEndsAt(p) && !sc.countedWeaponEndsAt(p) {
			return false
		}
		seen = true
		p += n - 1
	}
	return seen
}

// countedWeaponEndsAt reports whether a system or weapon noun with a
// count before it ends right before token p: "des 24 Rafale prévus".
func (sc *sentScan) countedWeaponEndsAt(p int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok1 == p && sc.countEndsAt(m.tok0) {
			return true
		}
	}
	return false
}

// countEndsAt reports whether a number ends right before token p.
func (sc *sentScan) countEndsAt(p int) bool {
	for i := range sc.nums {
		if sc.nums[i].tok1 == p {
			return true
		}
	}
	return false
}
