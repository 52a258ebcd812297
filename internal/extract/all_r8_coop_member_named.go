package extract

// Four ways a state is named before an organisation without being told its
// member, in every language:
//   - the speaker of the sentence, when the words of membership are about
//     another state ("Russia said NATO's expansion and Finland's accession
//     threaten its security", "وقالت روسيا إن توسع الناتو وانضمام
//     فنلندا ..."): the state says something, it joins nothing;
//   - a state conjoined with the organisation, as a second party beside it
//     ("Morocco is a strategic partner of the United States and NATO",
//     "شريك استراتيجي للولايات المتحدة وحلف الناتو"): the two are named
//     side by side, neither is in the other;
//   - the subject of a verb of a role short of membership that opens a
//     verb-first clause ("وتستضيف بولندا قوات من الدول الأعضاء في حلف
//     الناتو": Poland hosts troops of the member states), as
//     memberNotYet (coop_guards.go) reads the same verb after the subject;
//   - with only a weak word of membership in the sentence (participation,
//     partner), a state that takes part in one of the organisation's
//     events ("Le Maroc a participé à la réunion des ministres de l'OTAN",
//     "تشارك قطر في مهمة الناتو") or is called its partner ("مصر شريكا
//     رئيسيا للاتحاد الأوروبي"): the lexicon's `org-event` (round 8's
//     member-event folded into it; coop_event.go reads it next to the
//     organisation) and `member-partner` words between the state and the
//     organisation. A
//     status that is a partnership (the Mediterranean Dialogue, the
//     Partnership for Peace) is left alone.
//
// Class of error fixed: ruleMembership (cooperation.go) takes the states
// named before the organisation in its stretch as members; these four were
// read as members although the text states nothing of the kind.

// namedNotMember reports whether state mention c, named before
// organisation o, is one of the two cases above.
func (sc *sentScan) namedNotMember(c, o mention) bool {
	return sc.memberConjoinedWithOrg(c, o) || sc.memberSpeaker(c) || sc.notYetVerbFirst(c) || sc.weakEventOrPartner(c, o)
}

// weakEventOrPartner: the sentence's only words of membership are weak
// ones, and an event or partner word stands between c and o (not in o's
// own name: "مجلس التعاون الخليجي", "la Asociación de Naciones del Sudeste
// Asiático", "le Conseil de coopération du Golfe").
func (sc *sentScan) weakEventOrPartner(c, o mention) bool {
	if o.tok0 <= c.tok1 || orgKind(o.id) == "status" || sc.has("member-strong") || sc.has("accession") {
		return false
	}
	for _, kind := range []string{"org-event", "member-partner"} {
		if _, ok := sc.lw.set(kind).any(sc.toks, c.tok1, o.tok0); ok {
			return true
		}
	}
	return false
}

// notYetVerbFirst: a member-not-yet word ends right before c (an Arabic
// verb-first clause: "وتستضيف بولندا", "عرقلت المجر").
func (sc *sentScan) notYetVerbFirst(c mention) bool {
	if sc.lw.code != "ar" {
		return false
	}
	ny := sc.lw.set("member-not-yet")
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-2; k-- {
		if n, _ := ny.at(sc.toks, k); n > 0 && k+n == c.tok0 {
			return true
		}
	}
	return false
}

// memberConjoinedWithOrg: c ends right before a conjunction and the
// organisation (an article or an Arabic attached "و" allowed).
func (sc *sentScan) memberConjoinedWithOrg(c, o mention) bool {
	if o.tok0 == c.tok1 && o.prefix == "و" {
		return true // "للولايات المتحدة وحلف الناتو"
	}
	conj := false
	for k := c.tok1; k < o.tok0; k++ {
		switch w := sc.toks[k].norm; {
		case sc.lw.isWord("and-conj", w) || sc.lw.code == "ar" && sc.lw.isWord("name-joiner", w): // "and", "et", "y", "und"; a detached "و" (Arabic has no and-conj)
			conj = true
		case sc.lw.isWord("article", w):
		default:
			return false
		}
	}
	return conj
}

// memberSpeaker: c is the subject of a verb of saying right after it (or,
// verb first, right before it: "وقالت روسيا", "sagte Russland"), and the
// sentence names another state after it, whom the words of membership may
// concern.
func (sc *sentScan) memberSpeaker(c mention) bool {
	att := sc.lw.set("attribution")
	speaker := false
	if n, _ := att.at(sc.toks, c.tok1); n > 0 {
		speaker = true
	}
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-2 && !speaker; k-- {
		if n, _ := att.at(sc.toks, k); n > 0 && k+n == c.tok0 {
			speaker = true
		}
	}
	if !speaker {
		return false
	}
	for _, o := range sc.countries() {
		if o.id != c.id && o.tok0 > c.tok1 && o.sub != "agency" {
			return true
		}
	}
	return false
}
