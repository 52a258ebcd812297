package extract

import "unicode/utf8"

// "MCGS Victory is a Sarojini Naidu class fast patrol vessel", "two
// Hamilton class high endurance cutters": the name of a ship class and
// the word "class" stand before the weapon noun with one or two
// adjectives between them, and the name can have two words. designations
// read "<Name> class <noun>" only with the noun right after "class" and a
// one-word name, so such a class got no mention and the deal went to the
// bare noun (a category) or to nothing.

// r16ClassAdjName returns the token range [st, end) of "<Name> [Name]
// class" before the generic noun at token e, with one or two lower-case
// words between "class" and the noun, or none ("Sarojini Naidu-class
// patrol vessel": the two words of the name); ok false for none.
func (m *matcher) r16ClassAdjName(toks []token, covered []int, e int, taken func(a, b int) bool) (st, end int, ok bool) {
	for c := e - 1; c >= 1 && c >= e-3; c-- {
		if toks[c].norm != "class" || covered[c] != 0 || !tightGap(toks[c].gap) {
			continue
		}
		// the words between "class" and the noun describe the noun
		for t := c + 1; t < e; t++ {
			if covered[t] != 0 || toks[t].digit || toks[t].arabic || isCapitalised(toks[t].raw) || !r13Letters([]rune(toks[t].raw)) || utf8.RuneCountInString(toks[t].raw) < 3 || (toks[t].gap != " " && toks[t].gap != "-") {
				return 0, 0, false
			}
		}
		st = c
		for k := c - 1; k >= 0 && k >= c-2; k-- {
			if !m.r16ClassNameWord(toks, covered, k) || k < c-1 && toks[k+1].gap != " " {
				break
			}
			st = k
		}
		if st == c || taken(st, c+1) {
			return 0, 0, false
		}
		return st, c + 1, true
	}
	return 0, 0, false
}

// r16ClassNameWord reports whether token k can be a word of a class's name:
// capitalised, free, no number, no word the designations refuse.
func (m *matcher) r16ClassNameWord(toks []token, covered []int, k int) bool {
	t := toks[k]
	return covered[k] == 0 && !t.digit && !t.arabic && isCapitalised(t.raw) && !isUpperWord(t.raw) && utf8.RuneCountInString(t.raw) >= 3 &&
		!m.dw.notName[t.norm] && !m.isWordAny("designation-stop", t.norm) && !m.isWordAny("institution-word", t.norm) &&
		!m.isWordAny("determiner", t.norm) && !m.isWordAny("article", t.norm)
}

// r16CapsNameNumber reads a name written in capitals and a number ("un
// patrouilleur OSPREY 55", "two OSPREY 55 patrol vessels"): the name and
// numeral designations took only a capitalised name ("Osprey 55"), and a
// capital word only of up to four letters as a code ("AB 206"). Five
// letters or more and a number that is no year; the end of the tokens.
func (m *matcher) r16CapsNameNumber(toks []token, covered []int, s int) (int, bool) {
	t0 := toks[s]
	if t0.digit || t0.arabic || !isUpperWord(t0.raw) || !r13Letters([]rune(t0.raw)) || utf8.RuneCountInString(t0.raw) < 5 ||
		abbreviations[t0.norm] || m.isWordAny("designation-stop", t0.norm) {
		return s, false
	}
	t := s + 1
	if t >= len(toks) || covered[t] != 0 || !toks[t].digit || isYear(toks[t].raw) || len(toks[t].raw) > 4 || (toks[t].gap != " " && toks[t].gap != "-") {
		return s, false
	}
	return m.codeTail(toks, covered, t+1), true
}
