package extract

// A capital's one-word name written in capitals beside a weapon's kind
// word is an acronym of the kind, not the city: "Wing Loong II MALE UAV"
// (medium-altitude long-endurance), "des drones MALE", "drones MALE
// Reaper", "MALE-Drohnen" made the Maldives (Malé) a party. The lexicon
// spells capitals as names ("Malé", "Male"); a text that writes one in
// capitals right before or after a kind word of the lexicon (a generic)
// names no state.

// r15CapitalAcronym reports whether the match best of one token at toks[i]
// is such a capital.
func (m *matcher) r15CapitalAcronym(toks []token, i int, best *entry, bestLen int, lang string) bool {
	if best.kind != mCountry || best.sub != "capital" || bestLen != 1 || len(best.raw) != 1 {
		return false
	}
	t := toks[i]
	if t.arabic || len([]rune(t.raw)) < 3 || !isUpperWord(t.raw) || isUpperWord(best.raw[0]) {
		return false
	}
	for n := 1; n <= 3 && i+1+n <= len(toks); n++ {
		if m.generic(toks[i+1:i+1+n], lang) {
			return true
		}
	}
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if m.generic(toks[i-n:i], lang) {
			return true
		}
	}
	return false
}
