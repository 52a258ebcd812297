package extract

// Members listed after "member of" the organisation, while another state
// stands before it: "China will give equipment to each member country of
// the G5 Sahel, including Mauritania", "La Chine offrira un don à chaque
// pays membre du G5 Sahel, dont la Mauritanie", "China donará equipos a
// cada país miembro del G5 Sahel, incluida Mauritania", "China schenkt
// jedem Mitgliedstaat der G5 Sahel, darunter Mauretanien, Ausrüstung".
// ruleMembership (cooperation.go) took the states named before the
// organisation as its members (the donor, which the guards then dropped)
// and read the list after it (membersAfter, all_r9_fresh_member.go) only
// when no state stood before: the members the text names were lost. When
// a member noun (lexicon kind `r15fresh-member-noun`: "member", "membre",
// "miembro", "Mitgliedstaat", "عضو") stands in the four words before the
// organisation, the noun phrase names the set of members, and the states a
// list-intro word ("including", "dont", "incluida", "darunter") lists
// after the organisation are its members.

// r15freshMembersListedAfter returns the states listed after the
// organisation o when a member noun stands just before it, else before.
func (sc *sentScan) r15freshMembersListedAfter(o mention, before []string) []string {
	if len(before) == 0 {
		return before // membersAfter already reads the list
	}
	if sc.r15freshOwnMembersOnly() {
		return sc.membersAfter(o)
	}
	noun := false
	for k := o.tok0 - 1; k >= 0 && k >= o.tok0-4; k-- {
		if sc.lw.isTok("r15fresh-member-noun", &sc.toks[k]) {
			noun = true
			break
		}
	}
	if !noun {
		return before
	}
	if after := sc.membersAfter(o); len(after) > 0 {
		return after
	}
	return before
}

// The organisation's own members: "Since Russia annexed Crimea, NATO has
// strengthened its presence in its eastern member states", "ist die Nato
// in ihren östlichen Mitgliedstaaten stärker präsent", "l'OTAN renforce sa
// présence chez ses États membres de l'Est", "en sus Estados miembros". The
// only word of membership is the member noun after a possessive (lexicon
// kind `r15fresh-own-possessive`: "its", "ihren", "ses", "sus") that
// refers to an organisation named before it; the state named before the
// organisation (Russia) was taken as a member. Such a sentence names no
// member before the organisation; a list after it ("its member states,
// including Poland") still does.

// r15freshOwnMembersOnly reports whether every word of membership in the
// sentence is a member noun right after a possessive, after an
// organisation.
func (sc *sentScan) r15freshOwnMembersOnly() bool {
	ms := sc.lw.set("membership")
	found := false
	for k := 0; k < len(sc.toks); k++ {
		n, _ := ms.at(sc.toks, k)
		if n == 0 {
			continue
		}
		found = true
		if !sc.r15freshOwnMemberAt(k) {
			return false
		}
		k += n - 1
	}
	return found
}

// r15freshOwnMemberAt reports whether a possessive stands in the two words
// before the membership word at token k, after an organisation's name.
func (sc *sentScan) r15freshOwnMemberAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !sc.lw.isTok("r15fresh-own-possessive", &sc.toks[j]) {
			continue
		}
		for _, m := range sc.mentions {
			if m.kind == mNamed && m.sub == "organization" && m.tok1 <= j {
				return true
			}
		}
		return false
	}
	return false
}
