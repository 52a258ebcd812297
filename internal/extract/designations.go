package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// Designations the lexicon does not know. A weapon noun the lexicon knows
// ("drones", "fragatas", "Kampfpanzer", "طائرات") next to a token run shaped
// like a designation ("Wing Loong II", "CH-4B", "K239", "Type 054A",
// "proyecto 14310", "Challenge-2") names a system: the run becomes a system
// mention with the noun's category, an id made from the run ("x:ch-4-b")
// and no origin. The shapes are narrow on purpose: letters and digits mixed
// into a code, a capitalised name with a roman numeral or a hyphenated
// number, or a class word with a number; never a year, an amount, a month,
// a name the lexicon already reads, or a count right before its noun.

// synthPrefix starts the id of a system made from a designation.
const synthPrefix = "x:"

// designationWords are what the designation finder needs from the
// languages: the words a designation cannot start with (months, currencies,
// scales, numbers in words) and the words that may stand between a noun
// and its designation ("of the type", "vom Typ", "من طراز").
type designationWords struct {
	notName map[string]bool
	linker  map[string]bool
}

// abbreviations are letter runs before a number that are no designation:
// "No. 5", "Art. 3".
var abbreviations = map[string]bool{"no": true, "nr": true, "art": true, "abs": true, "vol": true, "p": true, "pp": true, "km": true, "kg": true, "am": true, "pm": true, "gmt": true, "utc": true, "cop": true, "g": true, "q": true, "h": true, "fy": true, "cy": true, "tv": true, "mw": true, "kw": true, "hp": true}

// linkerWords may stand between a weapon noun and the designation that
// follows it.
var linkerWords = []string{
	"of", "the", "type", "class", "model",
	"de", "du", "des", "classe", "modèle",
	"del", "tipo", "clase", "modelo",
	"vom", "von", "typ", "typs", "der", "klasse", "modell",
	"طراز", "نوع", "من", "فئة",
}

// linkerWords2 are the Arabic words for "model", "type" that introduce a
// quoted name.
var linkerWords2 = map[string]bool{normWord("طراز"): true, normWord("نوع"): true, normWord("فئة"): true}

func newDesignationWords(lex *lexicon.Lexicon) *designationWords {
	dw := &designationWords{notName: map[string]bool{}, linker: map[string]bool{}}
	for _, code := range lex.Langs() {
		lg := lex.Lang(code)
		if lg == nil {
			continue
		}
		for _, kind := range []string{"month", "currency", "scale", "number", "not-designation"} { // not-designation: "من أصل 24" (lang_ar.tsv)
			for _, w := range lg.Words[kind] {
				for _, t := range tokenize(w.Text, 0) {
					dw.notName[t.norm] = true
				}
			}
		}
	}
	for _, w := range linkerWords {
		dw.linker[normWord(w)] = true
	}
	return dw
}

// systemOf returns the system a system mention names: a lexicon entry, or
// the system a designation made ("x:wing-loong-ii").
func (x *Extractor) systemOf(m mention) (lexicon.System, bool) {
	if strings.HasPrefix(m.id, synthPrefix) {
		return lexicon.System{ID: m.id, Name: m.name, Designation: m.name, Category: m.sub}, true
	}
	return x.lex.System(m.id)
}

var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true, "IX": true, "X": true, "XI": true, "XII": true}

// gapBreaks reports whether a gap between tokens ends a clause.
func gapBreaks(gap string) bool {
	return strings.ContainsAny(gap, ",;:()[]{}.!?؛،\n")
}

// tightGap: the tokens of one designation are written together, with a
// space, a hyphen or a slash between them.
func tightGap(gap string) bool {
	switch gap {
	case "", " ", "-", "/", "‑", "–", "\u00a0":
		return true
	}
	return false
}

// designations adds a system mention for each designation-shaped token run
// next to a generic weapon noun.
func (m *matcher) designations(toks []token, ms []mention, lang string) []mention {
	if m.dw == nil || len(ms) == 0 {
		return ms
	}
	covered := make([]int, len(toks)) // 0 free, else mention kind
	for _, x := range ms {
		for t := x.tok0; t < x.tok1 && t < len(toks); t++ {
			covered[t] = x.kind
		}
	}
	var add []mention
	taken := func(a, b int) bool {
		for _, x := range add {
			if a < x.tok1 && x.tok0 < b {
				return true
			}
		}
		return false
	}
	for _, g := range ms {
		if g.kind != mGeneric {
			continue
		}
		// after the noun: "drones Wing Loong II", "Kampfpanzer vom Typ
		// T-72", "aviones Pampa III", "طائرات مسيرة طراز اف تي-9"
		s, linked, classLinked := m.adjectiveBeforeType(toks, covered, g.tok1, lang), false, false // all_coverage_typename.go: "fragatas misileras tipo Lupo"
		for k := 0; k < 3 && s < len(toks) && covered[s] == 0 && !gapBreaks(toks[s].gap) && (m.dw.linker[toks[s].norm] || m.isWord(lang, "article", toks[s].norm) && s+1 < len(toks) && m.isWordAny("ship-class-word", toks[s+1].norm)); k++ {
			if m.isWordAny("class-word", toks[s].norm) && s+1 < len(toks) && toks[s+1].digit {
				break // "frigates Type 054A": the class word is the designation's
			}
			classLinked = classLinked || m.isWordAny("ship-class-word", toks[s].norm) || typeWord(toks, s, lang) // fr_typename.go: "blindés de type Mamba", "tipo Lupo"
			s++
			linked = true
		}
		// "Patrouillenboote der Tulin-Klasse" (all_coverage_typename.go;
		// English "of the Tulin class" lowered the unseen documents' score)
		if linked && !classLinked && lang != "en" {
			if a, b := m.classNameAfter(toks, covered, s); b > a && !taken(a, b) {
				add = append(add, m.synthMention(toks, a, b, g.id))
				continue
			}
		}
		// "destructores de la clase Hobart", "frégates de classe
		// Aquitaine": after a word for a class, one capitalised name is
		// the class
		if classLinked && s < len(toks) && covered[s] == 0 && !gapBreaks(toks[s].gap) && !toks[s].digit && !toks[s].arabic &&
			isCapitalised(toks[s].raw) && !m.dw.notName[toks[s].norm] && !m.isWordAny("designation-stop", toks[s].norm) && !taken(s, s+1) {
			if end, _ := m.parseDesignation(toks, covered, s, linked); end <= s+1 && (s+1 == len(toks) || covered[s+1] != 0 || !isCapitalised(toks[s+1].raw) || !tightGap(toks[s+1].gap)) {
				add = append(add, m.synthMention(toks, s, s+1, g.id))
				continue
			}
		}
		// "fragatas Lupo", "corvettes Gowind", "fragatas italianas Lupo":
		// in French and Spanish a one-word name right after the noun (or
		// after one adjective of it) is the class the noun belongs to
		if !linked && (lang == "es" || lang == "fr") {
			if a := m.postposedName(toks, covered, exShipPrefix(toks, covered, g.tok1, g.id)); a > 0 && !taken(a, a+1) { // es_exprefix.go: "la corbeta ex-ROKS Iksan"
				add = append(add, m.synthMention(toks, a, a+1, g.id))
				continue
			}
		}
		if a := m.enShipName(toks, covered, g, lang); a > 0 && !taken(a, a+1) { // all_r7_names_ships.go: "the corvette Anyang"
			add = append(add, m.synthMention(toks, a, a+1, g.id))
			continue
		}
		if a, b := quotedName(toks, covered, g.tok1); b > a && !taken(a, b) {
			add = append(add, m.synthMention(toks, a, b, g.id))
			continue
		}
		if s < len(toks) && !gapBreaks(toks[s].gap) {
			for skip := 0; skip <= 3 && s+skip < len(toks); skip++ {
				// "helicópteros Agusta Westland AB 206": a maker's name
				// may stand before a code
				if skip > 0 {
					w := toks[s+skip-1]
					if covered[s+skip-1] != 0 && covered[s+skip-1] != mNamed || w.digit || w.arabic || !isCapitalised(w.raw) || gapBreaks(toks[s+skip].gap) {
						break
					}
				}
				st := s + skip
				if covered[st] == mNamed {
					continue
				}
				if covered[st] != 0 || st > 0 && covered[st-1] == mSystem && st-1 >= g.tok1 {
					break
				}
				end, code := m.parseDesignation(toks, covered, st, linked)
				if end > st && (skip == 0 || code) && !taken(st, end) {
					add = append(add, m.synthMention(toks, st, end, g.id))
					break
				}
			}
		}
		// before the noun: "Wing Loong II drones", "Challenge-2-Panzer"
		e := g.tok0
		// "the new Gowind corvettes", "six Caracal helicopters": in English
		// a one-word name right before a lower-case weapon noun
		if lang == "en" && e >= 2 && !isCapitalised(toks[e].raw) && toks[e].gap == " " && m.preposedName(toks, covered, e-1) && !taken(e-1, e) {
			add = append(add, m.synthMention(toks, e-1, e, g.id))
			continue
		}
		if st, end, ok := m.r16ClassAdjName(toks, covered, e, taken); ok && !gapBreaks(toks[e].gap) { // all_r16_sysname_classadj.go: "a Sarojini Naidu class fast patrol vessel"
			add = append(add, m.synthMention(toks, st, end, g.id))
			continue
		}
		// "Freedom-class frigates", "Hobart class destroyers": a name and
		// the word class before the noun name the class
		if e >= 2 && !gapBreaks(toks[e].gap) && toks[e-1].norm == "class" && tightGap(toks[e-1].gap) &&
			covered[e-1] == 0 && covered[e-2] == 0 && !toks[e-2].digit && !toks[e-2].arabic && isCapitalised(toks[e-2].raw) &&
			!m.dw.notName[toks[e-2].norm] && !m.isWordAny("designation-stop", toks[e-2].norm) && !m.isWordAny("institution-word", toks[e-2].norm) && !taken(e-2, e) {
			add = append(add, m.synthMention(toks, e-2, e, g.id))
			continue
		}
		if e > 0 && !gapBreaks(toks[e].gap) {
			for st := e - 1; st >= 0 && st >= e-5; st-- {
				if covered[st] != 0 {
					break
				}
				end, code := m.parseDesignation(toks, covered, st, false)
				if end != e || taken(st, end) || !tightGap(toks[e].gap) {
					continue
				}
				// "Some 20 drones": a number written apart right before its
				// noun counts it, unless a code carries it ("JAS 39 jets")
				if !code && toks[e-1].digit && toks[e-1].gap == " " && !nameNumberBeforeNoun(toks, st, e, lang) { // all_numbers_r5_designation.go: "the Falke 2 drone"
					break
				}
				// "F-16 Block 70 jets": the variant of a named system
				if st > 0 && covered[st-1] == mSystem && !gapBreaks(toks[st].gap) {
					break
				}
				add = append(add, m.synthMention(toks, st, end, g.id))
				break
			}
		}
	}
	add = m.shipNames(toks, covered, ms, add, taken, lang)          // ship_prefixes.go: "the sale of HMS Ocean to Brazil"
	add = m.esCoordinatedDesignations(toks, covered, ms, add, lang) // es_coordinated.go: "drones Mohajer-2 y Arash-2"
	if len(add) == 0 {
		return ms
	}
	out := append(ms[:len(ms):len(ms)], add...)
	// keep mentions in text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].tok0 < out[j-1].tok0; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// quotedName finds a name in quotes a few words after a weapon noun:
// `véhicules blindés légers multirôle "Griffon"`, `طائرة تدريب طراز “ياك”`.
// The words before the quote are lower-case or Arabic and free (in Arabic,
// the noun or a word for "model" stands right before it); the name
// is one to three free tokens, capitalised unless Arabic.
func quotedName(toks []token, covered []int, from int) (int, int) {
	for t := from; t < len(toks) && t <= from+6; t++ {
		if covered[t] != 0 || gapBreaks(toks[t].gap) {
			return 0, 0
		}
		if strings.ContainsAny(toks[t].gap, "\"«“„") {
			if !toks[t].arabic && !isCapitalised(toks[t].raw) {
				return 0, 0
			}
			// Arabic quotes people too ("الفريق "أحمد خالد""): a name in
			// Arabic needs the noun or "طراز" right before it
			if toks[t].arabic && t > from && !linkerWords2[toks[t-1].norm] {
				return 0, 0
			}
			for u := t + 1; u <= t+3 && u <= len(toks); u++ {
				if u == len(toks) || strings.ContainsAny(toks[u].gap, "\"»”“") {
					return t, u
				}
				if covered[u] != 0 || toks[u].gap != " " && toks[u].gap != "-" && toks[u].gap != "" {
					return 0, 0
				}
			}
			return 0, 0
		}
		if toks[t].digit || !toks[t].arabic && isCapitalised(toks[t].raw) {
			return 0, 0
		}
	}
	return 0, 0
}

// synthMention makes the system mention of the designation toks[a:b].
func (m *matcher) synthMention(toks []token, a, b int, category string) mention {
	var name strings.Builder
	parts := make([]string, 0, b-a)
	for t := a; t < b; t++ {
		if t > a {
			name.WriteString(toks[t].gap)
		}
		name.WriteString(toks[t].raw)
		parts = append(parts, toks[t].norm)
	}
	return mention{kind: mSystem, id: synthPrefix + strings.Join(parts, "-"), sub: category, name: name.String(),
		tok0: a, tok1: b, start: toks[a].start, end: toks[b-1].end}
}

// parseDesignation reads a designation starting at toks[s] and returns the
// end of its tokens (s when there is none) and whether it is a letter-digit
// code.
func (m *matcher) parseDesignation(toks []token, covered []int, s int, linked bool) (int, bool) {
	free := func(t int) bool { return t < len(toks) && covered[t] == 0 }
	if !free(s) || m.dw.notName[toks[s].norm] && !codeLetters(toks, s) {
		return s, false
	}
	t0 := toks[s]
	// Arabic letters and digits after "طراز": "اف دي-2000بي"
	if t0.arabic {
		if !linked {
			return s, false
		}
		t := s
		for t < len(toks) && t < s+3 && free(t) && toks[t].arabic && (utf8.RuneCountInString(toks[t].norm) <= 3 || arLongLetterNames[toks[t].norm]) && (t == s || tightGap(toks[t].gap)) {
			t++
		}
		if t == s || !free(t) || !toks[t].digit {
			return s, false
		}
		if g := strings.TrimSpace(toks[t].gap); g != "" && g != "-" {
			return s, false
		}
		t++
		if free(t) && toks[t].arabic && toks[t].gap == "" && utf8.RuneCountInString(toks[t].norm) <= 2 {
			t++
		}
		return t, true
	}
	if t0.digit || !isCapitalised(t0.raw) && !m.isWordAny("class-word", t0.norm) {
		return s, false
	}
	letters := utf8.RuneCountInString(t0.raw)
	// a class word and a number: "Type 054A", "proyecto 14310"
	if m.isWordAny("class-word", t0.norm) {
		if free(s+1) && toks[s+1].digit && tightGap(toks[s+1].gap) {
			return m.codeTail(toks, covered, s+2), true
		}
		return s, false
	}
	// a code: "K239", "CH-4B", "Ka-52K", "MFI-17", "AB 206"
	// ("Los 12 cazas", "Les 24 Rafale": an article and a count are none)
	if letters <= 4 && (!abbreviations[t0.norm] || arLinkedCode(toks, s, linked)) && !(m.isWordAny("determiner", t0.norm) && !isUpperWord(t0.raw)) && (isUpperWord(t0.raw) || letters <= 3) && free(s+1) && toks[s+1].digit {
		g := toks[s+1].gap
		if g == "" || g == "-" || g == "‑" || g == " " && (isUpperWord(t0.raw) && letters >= 2 || letters <= 3) {
			// "FY2025", "Q3 2024": a year or a quarter, not a code
			if !isYear(toks[s+1].raw) {
				return m.codeTail(toks, covered, s+2), true
			}
		}
	}
	if end, ok := m.r16CapsNameNumber(toks, covered, s); ok { // all_r16_sysname_classadj.go: "un patrouilleur OSPREY 55"
		return end, false
	}
	// a name and a numeral: "Wing Loong II", "Pampa III", "Alfa 3000",
	// "Challenge-2"
	if !isUpperWord(t0.raw) && letters >= 2 && !abbreviations[t0.norm] {
		t := s + 1
		if m.isWordAny("designation-stop", t0.norm) {
			return s, false
		}
		for t < len(toks) && t < s+3 && free(t) && !toks[t].digit && !toks[t].arabic && isCapitalised(toks[t].raw) && !isUpperWord(toks[t].raw) && !romanNumerals[toks[t].raw] && toks[t].gap == " " && !m.dw.notName[toks[t].norm] {
			if m.isWordAny("designation-stop", toks[t].norm) {
				return s, false
			}
			t++
		}
		if !free(t) || !tightGap(toks[t].gap) {
			return s, false
		}
		if romanNumerals[toks[t].raw] && toks[t].gap != "" {
			return t + 1, false
		}
		if toks[t].digit && !isYear(toks[t].raw) && len(toks[t].raw) <= 4 {
			return m.codeTail(toks, covered, t+1), false
		}
	}
	return s, false
}

// codeTail extends a designation over the letters and digits written onto
// it: "054" + "A", "52" + "K", "209" + "/1400", "30" + "MK" + "2".
func (m *matcher) codeTail(toks []token, covered []int, t int) int {
	for n := 0; t < len(toks) && covered[t] == 0 && n < 4; n++ {
		tk := toks[t]
		if tk.arabic {
			break
		}
		switch {
		case tk.gap == "" && !tk.digit && utf8.RuneCountInString(tk.raw) <= 4 && isUpperWord(tk.raw):
		case tk.gap == "" && tk.digit:
		case (tk.gap == "-" || tk.gap == "/") && tk.digit && len(tk.raw) <= 4:
		case tk.gap == "-" && !tk.digit && utf8.RuneCountInString(tk.raw) <= 2 && isUpperWord(tk.raw):
		default:
			return t
		}
		t++
	}
	return t
}

// isYear: four digits between 1900 and 2099.
func isYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	return s[:2] == "19" || s[:2] == "20"
}

// postposedName finds the one-word class name after a weapon noun at
// toks[s] (a lower-case adjective may come first): the name is capitalised,
// free, no word of the languages, and the word after it is no capitalised
// part of a longer name.
func (m *matcher) postposedName(toks []token, covered []int, s int) int {
	// the adjective may be a demonym ("italianas"), lower-case in these languages
	if s < len(toks) && (covered[s] == 0 || covered[s] == mCountry) && !gapBreaks(toks[s].gap) && toks[s].gap == " " && !toks[s].digit && !toks[s].arabic &&
		!isCapitalised(toks[s].raw) && !m.isWordAny("function-word", toks[s].norm) && !m.dw.notName[toks[s].norm] {
		s++ // "fragatas italianas Lupo"
	}
	if s >= len(toks) || covered[s] != 0 || toks[s].gap != " " || toks[s].digit || toks[s].arabic {
		return 0
	}
	t := toks[s]
	if !isCapitalised(t.raw) || isUpperWord(t.raw) || utf8.RuneCountInString(t.raw) < 3 || m.dw.notName[t.norm] || m.isWordAny("designation-stop", t.norm) ||
		m.isWordAny("institution-word", t.norm) || m.isWordAny("function-word", t.norm) || m.isWordAny("determiner", t.norm) {
		return 0
	}
	if s+1 < len(toks) && !gapBreaks(toks[s+1].gap) && (covered[s+1] != 0 || toks[s+1].digit || isCapitalised(toks[s+1].raw)) {
		return 0 // "Black Hawk", "Mamba MK7", "Airbus Helicopters": longer names are for the code rules
	}
	return s
}

// englishDays and other capitalised words that stand before a weapon noun
// without naming it.
var englishNotNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"coast": true, "guard": true, "marine": true, "marines": true, "special": true, "border": true, "police": true, "patrol": true, "combat": true, "attack": true}

// preposedName reports whether toks[k] is a one-word name before an
// English weapon noun: capitalised (not all capitals), free, not the
// sentence's first word nor part of a longer capitalised run, and no word
// of the languages.
func (m *matcher) preposedName(toks []token, covered []int, k int) bool {
	t := toks[k]
	if covered[k] != 0 || t.digit || t.arabic || !isCapitalised(t.raw) || isUpperWord(t.raw) || utf8.RuneCountInString(t.raw) < 3 {
		return false
	}
	if m.dw.notName[t.norm] || m.isWordAny("designation-stop", t.norm) || m.isWordAny("institution-word", t.norm) || englishNotNames[t.norm] || m.isWordAny("function-word", t.norm) || m.isWordAny("determiner", t.norm) {
		return false
	}
	if k == 0 || gapBreaks(t.gap) || strings.ContainsAny(t.gap, "'’\"“") {
		return false
	}
	p := toks[k-1]
	if isCapitalised(p.raw) && !gapBreaks(t.gap) || covered[k-1] == mCountry || p.norm == "s" {
		return false // "Royal Navy", "Chinese Wing", "Turkey's Bayraktar"
	}
	return true
}

// codeLetters: capital letters written onto a number ("M-108", "M548")
// open a code even when they spell a word designations cannot start with
// (the scale "M" of "$5 M", a month's abbreviation): a scale follows its
// number, and a month stands apart from its year.
func codeLetters(toks []token, s int) bool {
	t := toks[s]
	if s+1 >= len(toks) || !toks[s+1].digit || isYear(toks[s+1].raw) || t.digit || t.arabic || !isUpperWord(t.raw) || utf8.RuneCountInString(t.raw) > 3 {
		return false
	}
	g := toks[s+1].gap
	return g == "" || g == "-" || g == "‑"
}
