package extract

// arAircraftNouns are the plain words for aircraft that stand before a
// maker's name and a designation: "طائرات سوخوي سو-35". They are no
// generic arms word of the lexicon (civil aircraft too), so the matcher's
// overreach test does not know them.
var arAircraftNouns = arWordSet("طائرات", "طائرة", "طائرتين", "طائرتي", "الطائرات")

// arAircraftLead reports whether toks is one such word, so that an alias
// "طائرات سوخوي" (a make with no type) yields to "سوخوي سو-35" starting
// after it.
func arAircraftLead(toks []token) bool {
	return len(toks) == 1 && toks[0].arabic && arInSet(arAircraftNouns, toks[0].norm)
}

// arLinkedCode: after an Arabic "of the type" ("زوارق دورية من طراز P18"),
// one capital letter written onto a number is a designation, not an
// abbreviation such as "p. 18".
func arLinkedCode(toks []token, s int, linked bool) bool {
	return linked && s > 0 && toks[s-1].arabic && s+1 < len(toks) && toks[s+1].digit && toks[s+1].gap == "" && isUpperWord(toks[s].raw) && len([]rune(toks[s].raw)) == 1
}
