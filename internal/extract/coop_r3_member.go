package extract

// memberR3Not reports whether the state code is no member of the
// organisation o for a reason read here: its accession is told blocked or
// pending before its name (memberBlockedBefore). (The state that grants a
// status, already left out of the members named before the organisation,
// was tried here for every member and left out: it moved the decision
// threshold and lowered the measured scores within noise.)
func (sc *sentScan) memberR3Not(code string, o mention) bool {
	return sc.memberBlockedBefore(code, o)
}

// memberBlockedBefore reports whether the state code, named before the
// organisation o, is the object of a word of member-not-yet said before
// it, with a word of joining after that word ("عرقلت المجر انضمام السويد
// إلى حلف الناتو", "Hungary blocked the accession of Sweden to NATO"):
// a blocked, pending or hoped-for accession is no membership.
// memberNotYet (coop_guards.go) reads the cues after the state's name; a
// verb-first sentence puts them before it.
func (sc *sentScan) memberBlockedBefore(code string, o mention) bool {
	at := -1
	for _, c := range sc.countries() {
		if c.id == code && c.tok1 <= o.tok0 {
			at = c.tok0
		}
	}
	if at < 0 {
		return false
	}
	acc := sc.lw.set("accession")
	for _, p := range sc.cuePositions("member-not-yet") {
		if p >= at || at-p > 6 {
			continue
		}
		n, _ := sc.lw.set("member-not-yet").at(sc.toks, p)
		if q, ok := acc.any(sc.toks, p+n, o.tok0); ok && q < o.tok0 {
			return true
		}
	}
	return false
}
