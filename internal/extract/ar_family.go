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
