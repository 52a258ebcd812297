package extract

// Round 10 (precis), membership precision in every language: a sentence
// whose only words of membership call a state a partner ("Jordan is a key
// partner of the European Union", "die Nato-Partner", "socio de la OTAN",
// "partenaire de l'Union africaine", "شريك أساسي للاتحاد الأوروبي",
// "ضمن شراكة مع حلف الناتو") states no membership of a formal
// organisation: a partner of an alliance or a union is precisely a state
// outside it. weakEventOrPartner (all_r8_coop_member_named.go) reads the
// partner word only between the state and the organisation; here the
// whole sentence counts, and the member the anaphor rule gives ("the
// kingdom is a partner of ...") is held to it too.
//
// Left alone: coalitions, partnerships and frameworks whose members the
// news calls partners (the Global Coalition, the TSCTP, the Combined
// Maritime Forces, the Mediterranean Dialogue's partner countries) and
// statuses (orgKind "status").

// formalOrgs: alliances and unions whose partners are not members.
var formalOrgs = map[string]bool{
	"nato": true, "eu": true, "au": true, "ecowas": true, "gcc": true, "arab-league": true, "asean": true,
	"osce": true, "sco": true, "csto": true, "sadc": true, "eac": true, "eccas": true, "igad": true, "oic": true,
	"arab-maghreb-union": true, "g5-sahel": true, "aes": true, "bucharest-nine": true, "nordefco": true,
	"occar": true, "peninsula-shield-force": true, "aukus": true, "au-psc": true, "un": true, "unsc": true,
}

// partnerOnlyMembership reports whether the sentence's words of membership
// are all partner words (the lexicon's `member-partner`), with no strong
// word or word of accession, and the organisation is a formal one.
func (sc *sentScan) partnerOnlyMembership(orgID string) bool {
	if !formalOrgs[orgID] || sc.has("member-strong") || sc.has("accession") {
		return false
	}
	cues := sc.cuePositions("membership")
	if len(cues) == 0 {
		return false
	}
	ps := sc.lw.set("member-partner")
	if ps == nil {
		return false
	}
	for _, p := range cues {
		if n, _ := ps.at(sc.toks, p); n == 0 {
			return false
		}
	}
	return true
}

// precisNoMember: the guards of this file for state mb and organisation o.
// The second: a state called a member in passing in a sentence that tells
// a deal ("ordered by Portugal and Hungary, two NATO members", "Bester
// Kunde: Ungarn, Mitglied der EU", "Warsaw, the first NATO member to buy
// drones from Turkey", "تركيا، العضو في حلف الناتو، وقعت صفقة"): the
// gold leaves such a membership out or optional, it is not the news. A
// word of accession ("Sweden, which joined NATO in March, ordered") and
// a status ("a Major Non-NATO Ally") keep their membership.
func (d *docScan) precisNoMember(sc *sentScan, mb string, o mention) bool {
	if sc.partnerOnlyMembership(o.id) || sc.precisAccessionBacked(mb, o) || sc.precisParticipationBeside(o) {
		return true
	}
	if orgKind(o.id) == "status" || statusOrgs[o.id] || sc.has("accession") {
		return false
	}
	if sc.has("deal") || sc.precisTellsTransfer() {
		return true
	}
	for _, c := range sc.countries() {
		if c.id == mb && !sc.placeOnly(c) {
			if s, _ := d.roleCues(sc, c); s {
				return true
			}
		}
	}
	return false
}

// precisTellsTransfer: the sentence names a weapon system (or a category
// of arms) and a word of a deal's stage ("approved the export of Leopard
// tanks", "a livré des blindés").
func (sc *sentScan) precisTellsTransfer() bool {
	sys := false
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			sys = true
			break
		}
	}
	return sys && sc.cueOf("stage-requested", "stage-approved", "stage-ordered", "stage-delivered")
}

// precisAccessionBacked: a word of support stands before the state and a
// word of accession follows it within six words, before the organisation
// ("Turkey announced its support for Sweden's accession to NATO", "son
// soutien à l'adhésion de la Suède à l'OTAN", "su apoyo a la adhesión de
// Suecia", "Unterstützung für den Nato-Beitritt Schwedens", "دعمها
// لانضمام السويد إلى حلف الناتو"): another state backs a bid, the text
// states no membership (the annotation notes of Sweden's accession while
// it was blocked: no fact).
func (sc *sentScan) precisAccessionBacked(mb string, o mention) bool {
	sup := sc.lw.set("precis-member-support")
	if sup == nil {
		return false
	}
	at := sc.lastMentionBefore(mb, o)
	if at < 0 {
		for _, c := range sc.countries() {
			if c.id == mb {
				at = c.tok0
				break
			}
		}
	}
	if at < 0 {
		return false
	}
	for _, q := range sc.cuePositions("accession") {
		if q > at+3 || q < at-4 {
			continue
		}
		for p := max(0, min(q, at)-6); p < min(q, at); p++ {
			if n, _ := sup.at(sc.toks, p); n > 0 && p+n <= min(q, at) {
				return true
			}
		}
	}
	return false
}

// precisParticipationBeside: the sentence's only words of membership are
// words of participation (the lexicon's `precis-participation`) and the
// organisation is not what one takes part in: no word "in", "à", "en",
// "an", "في" (the lexicon's `precis-member-in`) stands right before it
// ("مشاركة الأردن والسعودية ومصر وقوات من حلف الناتو", "the exercise
// saw the participation of Jordan, Egypt and forces from NATO", "طلبت
// البحرين مشاركة قوات درع الجزيرة"): the organisation is another
// participant, or the one who takes part, not the state's organisation.
// "la participation du Maroc au Forum mondial", "وتشارك مصر في التحالف
// الدولي" keep their membership. Statuses are left alone.
func (sc *sentScan) precisParticipationBeside(o mention) bool {
	if orgKind(o.id) == "status" || statusOrgs[o.id] || sc.has("member-strong") || sc.has("accession") {
		return false
	}
	cues := sc.cuePositions("membership")
	part := sc.lw.set("precis-participation")
	in := sc.lw.set("precis-member-in")
	if len(cues) == 0 || part == nil || in == nil {
		return false
	}
	for _, p := range cues {
		if n, _ := part.at(sc.toks, p); n == 0 {
			return false
		}
	}
	if o.prefix != "" && sc.lw.isWord("precis-member-in", o.prefix) {
		return false // "بالتحالف", "للناتو"
	}
	k := o.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	if n, _ := in.at(sc.toks, k); n > 0 {
		return false
	}
	return true
}
