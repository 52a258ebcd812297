package extract

// enShipName finds the name of one ship after an English ship's noun in
// the singular: "the corvette Anyang", "the former frigate Courageous",
// "the decommissioned patrol vessel Samudura". English puts a ship's name
// after its noun as French and Spanish put a class's ("corvettes
// Gowind"); the noun must be a ship's (category ships) and be preceded by
// an article or an adjective, so that a name before a verb ("a frigate
// Turkey bought") is not read. It returns the name's token, or 0.
func (m *matcher) enShipName(toks []token, covered []int, g mention, lang string) int {
	if lang != "en" || g.id != "ships" || g.tok0 == 0 || g.tok1 != g.tok0+1 {
		return 0
	}
	noun := toks[g.tok0]
	if pluralStem(noun) != "" || isCapitalised(noun.raw) {
		return 0 // "frigates Turkey bought": a plural noun has no one name
	}
	p := toks[g.tok0-1]
	if p.digit || p.arabic || isCapitalised(p.raw) && g.tok0-1 > 0 {
		return 0
	}
	a := m.postposedName(toks, covered, g.tok1)
	if a != g.tok1 {
		return 0 // no adjective between noun and name in English
	}
	return a
}
