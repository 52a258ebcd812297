package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Guards of the cooperation rules (agreements, memberships, exercises) in
// every language, read from the lexicon's cue kinds:
//   - agreement-talks: negotiations, drafts and proposals ("negotiate",
//     "negociaciones", "Verhandlungen", "مفاوضات"): an agreement they lead up
//     to is not signed yet;
//   - agreement-postponed: a signing put off ("postponed", "verschoben");
//   - member-not-yet: a state named near an organisation as a candidate, an
//     applicant, the host of a meeting or a guest, not a member;
//   - exercise-frame: an exercise named as a point in time ("before the
//     start of", "vor dem Start der");
//   - program-word: a name followed by "programme" is a programme.

// agreementPlanned reports whether the agreement word at pos is one that
// is not signed: a postponed signing anywhere in the sentence, or talks
// within eight words before the agreement word with no finite sign verb
// between ("agreed to open negotiations on a defence agreement", "de abrir
// negociaciones para firmar un convenio"; not "after months of talks, they
// signed an agreement").
func (sc *sentScan) agreementPlanned(pos int) bool {
	if sc.has("agreement-postponed") {
		return true
	}
	signs := sc.cuePositions("agreement-sign")
	if sc.signsAllFuture(append(append([]int(nil), signs...), sc.cuePositions("agreement-sign-inf")...)) {
		return true
	}
	talks := sc.cuePositions("agreement-talks")
	if len(talks) == 0 {
		return false
	}
	for _, p := range talks {
		if p >= pos || pos-p > 8 {
			continue
		}
		signed := false
		for _, s := range signs {
			if s > p && s < pos && (s == 0 || !sc.lw.isTok("infinitive-mark", &sc.toks[s-1])) {
				signed = true
			}
		}
		if !signed {
			return true
		}
	}
	return false
}

// agreementPlaceParties drops from more than two parties the states named
// only as a place ("signed in Turkey by Côte d'Ivoire and ..."), when two
// or more remain.
func (sc *sentScan) agreementPlaceParties(parties []domain.Party) []domain.Party {
	if len(parties) <= 2 {
		return parties
	}
	place := map[string]bool{}
	other := map[string]bool{}
	for _, c := range sc.countries() {
		if c.sub == "agency" {
			continue
		}
		if sc.placeOnly(c) {
			place[c.id] = true
		} else {
			other[c.id] = true
		}
	}
	var out []domain.Party
	for _, p := range parties {
		if !place[p.Code] || other[p.Code] {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return parties
	}
	return out
}

// memberNotYet reports whether the state code, named before the
// organisation o, is told as a candidate, an applicant, a host or a guest:
// a cue of member-not-yet (or observer) between the state's last mention
// before o and a few words after o ("Sweden, whose entry into the Alliance
// remains blocked", "Ukraine, a candidate for NATO", "the Netherlands, host
// of the NATO summit"), with no word of membership before it: a state first
// told a member stays one whatever follows ("Lithuania, a NATO member that
// hosts a German brigade", "Turkey, a NATO member, has yet to ratify").
func (sc *sentScan) memberNotYet(code string, o mention) bool {
	from := sc.lastMentionBefore(code, o)
	if from < 0 {
		return false
	}
	to := min(o.tok1+4, len(sc.toks))
	first := func(kind string) int {
		p, ok := sc.lw.set(kind).any(sc.toks, from, to)
		if !ok {
			return to
		}
		return p
	}
	not := min(first("member-not-yet"), first("observer")) // "Qatar, an observer of the organisation"
	// a word of membership that begins the not-yet phrase is part of it:
	// "a NATO partner country", "accession talks" (all_r7_member_rules.go)
	return not < to && first("membership") >= not
}

// exerciseAsTime reports whether the exercise named at token at is a point
// in time: a frame phrase ending within three words before it ("before the
// start of the world's largest military exercise Defender 23"), in a
// sentence that names fewer than two participants.
func (sc *sentScan) exerciseAsTime(at int) bool {
	if len(sc.participants()) >= 2 {
		return false
	}
	// the exercise word just before the name stands for it ("vor dem
	// Start der weltweit größten Militärübung „Defender 23“")
	anchor := at
	for _, p := range sc.cuePositions("exercise") {
		if p < at && at-p <= 5 {
			anchor = p
		}
	}
	fr := sc.lw.set("exercise-frame")
	for k := max(0, anchor-8); k < anchor; k++ {
		if n, _ := fr.at(sc.toks, k); n > 0 && k+n >= anchor-3 && k+n <= anchor {
			return true
		}
	}
	return false
}

// exerciseProgramme reports whether the exercise name ending before token
// end is followed by a programme word: "three joint combined exchange
// training (JCET) programmes".
func (sc *sentScan) exerciseProgramme(end int) bool {
	ps := sc.lw.set("program-word")
	for k := end; k < len(sc.toks) && k <= end+3; k++ {
		if n, _ := ps.at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}

// memberAsPlace reports whether the state code is named before the
// organisation o only as a place: "engagée au Mali avec la force
// Barkhane", "NATO troops in Kosovo".
func (sc *sentScan) memberAsPlace(code string, o mention) bool {
	var last mention
	found := false
	for _, c := range sc.countries() {
		if c.id == code && c.tok1 <= o.tok0 {
			last, found = c, true
		}
	}
	if !found || last.sub == "demonym" {
		return false
	}
	if sc.placeOnly(last) {
		return true
	}
	return sc.lw.code == "fr" && last.tok0 > 0 && sc.lw.isTok("place-prep", &sc.toks[last.tok0-1])
}

// agreementBackground reports whether an agreement word with no sign verb
// stands in a sentence that names no state: "El pacto nació en 1949" (the
// treaty of an organisation the article is about), whose parties would
// come only from the rest of the document.
// A sentence naming no state but a maker tells the companies' agreement
// ("Rheinmetall and Leonardo signed a memorandum of understanding").
func (sc *sentScan) agreementBackground(parties []domain.Party) bool {
	if len(parties) > 0 {
		return false
	}
	return !sc.has("agreement-sign") || sc.namesMaker() // cooperation.go
}

// durationAgo reports whether the number n, followed by a duration word,
// tells how long ago something was: a word of agoBefore within two words
// before it, "il y a" before it, or "ago" after the duration word.
func (sc *sentScan) durationAgo(n numSpan) bool {
	for k := n.tok0 - 1; k >= 0 && k >= n.tok0-2; k-- {
		if sc.lw.isTok("ago-before", &sc.toks[k]) {
			return true
		}
		if k >= 2 && sc.toks[k].norm == "a" && sc.toks[k-1].norm == "y" && sc.toks[k-2].norm == "il" {
			return true
		}
	}
	k := n.tok1 + 1
	return k < len(sc.toks) && sc.toks[k].norm == "ago"
}

// signsAllFuture reports whether every sign verb of the sentence follows a
// modal of the future or of a plan within three words, with no comma
// between: "will formally sign", "are expected to sign", "va a firmar",
// "vont signer". German puts its modal in second place and the verb at the
// end of the clause: any modal of the clause before the verb counts there
// ("Deutschland und die Ukraine wollen am Freitag ein Abkommen
// unterzeichnen").
func (sc *sentScan) signsAllFuture(signs []int) bool {
	if len(signs) == 0 {
		return false
	}
	reach := 3
	if sc.lw.code == "de" {
		reach = 15
	}
	mod := sc.lw.set("agreement-modal")
	for _, s := range signs {
		future := false
		for k := s - 1; k >= 0 && k >= s-reach && !future; k-- {
			if strings.ContainsAny(sc.toks[k+1].gap, ",;:") {
				break // a full stop inside a sentence ends an ordinal ("am 16. Februar")
			}
			if n, _ := mod.at(sc.toks, k); n > 0 && k+n <= s {
				future = true
			}
		}
		if !future {
			return false
		}
	}
	return true
}

// lastMentionBefore returns where the state code's last mention that ends
// before the organisation o starts, or -1.
func (sc *sentScan) lastMentionBefore(code string, o mention) int {
	at := -1
	for _, c := range sc.countries() {
		if c.id == code && c.tok1 <= o.tok0 {
			at = c.tok0
		}
	}
	return at
}
