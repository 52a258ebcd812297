package extract

// A state whose accession is told blocked or pending before its name is no
// member of the organisation named after it: memberBlockedBefore, asked by
// ruleMembership (cooperation.go) beside memberNotYet (coop_guards.go).

// memberBlockedBefore reports whether the state code, named before the
// organisation o, is the object of a word of member-not-yet said before
// it, with a word of joining after that word ("عرقلت المجر انضمام السويد
// إلى حلف الناتو", "Hungary blocked the accession of Sweden to NATO"):
// a blocked, pending or hoped-for accession is no membership.
// memberNotYet (coop_guards.go) reads the cues after the state's name; a
// verb-first sentence puts them before it.
func (sc *sentScan) memberBlockedBefore(code string, o mention) bool {
	at := sc.lastMentionBefore(code, o)
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
