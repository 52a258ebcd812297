package extract

import "strings"

// orgEvent reports whether an organisation mention in en, fr, es or de is
// named as the owner of an event or an office rather than as what a state
// belongs to: "Le Japon a participé au sommet de l'OTAN", "Japón participó
// en la cumbre de la OTAN", "Japan nahm am NATO-Gipfel teil", "attended
// the NATO summit". The event or office word (the lexicon's org-event)
// stands in the three words before the organisation, or right after it,
// with no comma and no state between. Arabic has arOrgEvent
// (ar_member_event.go).
func (sc *sentScan) orgEvent(o mention) bool {
	if sc.lw.code == "ar" {
		return false
	}
	ev := sc.lw.set("org-event")
	ct := sc.countryTokens()
	for k := o.tok0 - 1; k >= 0 && k >= o.tok0-3; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",.;:()") || ct[k] != countryNone {
			break
		}
		if n, _ := ev.at(sc.toks, k); n > 0 {
			return true
		}
	}
	if o.tok1 < len(sc.toks) && !strings.ContainsAny(sc.toks[o.tok1].gap, ",.;:()") {
		if n, _ := ev.at(sc.toks, o.tok1); n > 0 {
			return true
		}
	}
	return false
}

// strongMember reports whether the sentence says a state is a member or
// joins (the lexicon's member-strong: "member", "joined", "adhésion",
// "miembro", "beigetreten"); taking part or being a partner is weaker.
func (sc *sentScan) strongMember() bool {
	return sc.lw.code != "ar" && sc.has("member-strong")
}
