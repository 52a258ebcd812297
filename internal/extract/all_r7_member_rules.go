package extract

import "strings"

// Membership rules, round 7, in every language:
//   - a state written as the first part of a hyphenated compound names a
//     topic, not a member: "die Ukraine-Krise", "the Russia-Ukraine war",
//     "la crise Mali-CEDEAO" (stateModifier); "US-led" keeps its state, the
//     leader of a coalition being one of its members;
//   - a word of membership that opens a phrase of a role short of
//     membership is part of that phrase: "Ukraine, a NATO partner
//     country", "Sweden's accession talks" (memberNotYet, coop_guards.go).
//   - some organisations have no member states at all (memberless).
//   - an Arabic list joins its states with a prefixed "و" (prefixConjoined).

// stateModifier reports whether the state mention c is joined by a hyphen,
// with no space, to the word after it, and that word is no word of
// leading ("US-led", "US-geführte", "liderada").
func (sc *sentScan) stateModifier(c mention) bool {
	if c.tok1 >= len(sc.toks) || c.sub == "demonym" {
		return false
	}
	next := sc.toks[c.tok1]
	if next.gap != "-" && next.gap != "‑" && next.gap != "–" || next.digit {
		return false
	}
	switch next.norm {
	case "led", "gefuhrte", "gefuhrten", "gefuhrt", "backed":
		return false
	}
	return true
}

// memberless are the organisations of the lexicon that no state belongs
// to: research institutes and campaigns, one state's armed forces, private
// military companies, registers and offices. A state named beside them
// ("SIPRI data show that Ukraine ...", "Wagner's men in Mali") is never
// their member; d.add (rules.go) drops such a membership.
var memberless = map[string]bool{
	"amnesty-international": true, "caat": true, "conflict-armament-research": true,
	"human-rights-watch": true, "iiss": true, "sipri": true, "small-arms-survey": true,
	"unoda": true, "unroca": true, "bundeswehr": true, "royal-armed-forces-morocco": true,
	"wagner-group": true, "africa-corps": true,
}

// arConjoinedStates finds the Arabic list of states, joined by the
// prefixed conjunction "و", that ends at most three words before token to
// (from on): the indexes in sc.countries() of its first and last state.
func (sc *sentScan) arConjoinedStates(from, to int) (first, last int, ok bool) {
	cs := sc.countries()
	last = -1
	for k := range cs {
		if cs[k].tok0 >= from && cs[k].tok1 <= to {
			last = k
		}
	}
	if last < 0 || to-cs[last].tok1 > 3 || !strings.HasPrefix(cs[last].prefix, "و") {
		return 0, 0, false
	}
	first = last
	for first > 0 && cs[first-1].tok0 >= from && cs[first-1].tok1 == cs[first].tok0 && strings.HasPrefix(cs[first].prefix, "و") {
		first--
	}
	return first, last, true
}

// prefixConjoined reports whether the states named right before token to
// (from on) are an Arabic list, joined by the prefixed conjunction, with
// a word of membership proper (member-strong, accession) between the list
// and the organisation or in the two words before the list: "انضمام
// السويد وفنلندا إلى حلف الناتو", "الإمارات والبحرين عضوان في التحالف"
// name a list of members, as "Sweden and Finland joined". A list with no
// such word beside it (the states of a summit, of a list of buyers) stays
// one state.
func (sc *sentScan) prefixConjoined(from, to int) bool {
	cs := sc.countries()
	first, lastK, ok := sc.arConjoinedStates(from, to)
	if !ok {
		return false
	}
	if first == lastK || lastK-first >= 4 {
		return false // one state, or a list too long for a joining
	}
	cue := func(from, to int) bool {
		return sc.cueIn("member-strong", from, to) || sc.cueIn("accession", from, to)
	}
	return cue(cs[lastK].tok1, to) || cue(max(0, cs[first].tok0-2), cs[first].tok0)
}
