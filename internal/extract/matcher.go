package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// Kinds of mention the matcher finds.
const (
	mCountry = iota + 1
	mRegion
	mSystem
	mGeneric
	mNamed
)

// entry is what an alias resolves to.
type entry struct {
	kind    int
	id      string // country code, region id, system id, named id, category for generics
	sub     string // country alias kind (name, demonym, ...) or named kind (program, ...)
	lang    string // "" or "*": any language
	raw     []string
	nTokens int
}

type trieNode struct {
	next    map[string]*trieNode
	entries []*entry
}

// matcher finds lexicon aliases in token sequences: longest match first,
// without overlaps.
type matcher struct {
	root    *trieNode
	dw      *designationWords // nil: no designations beyond the lexicon
	ships   map[string]bool   // the lexicon's ship systems (ship_prefixes.go)
	deHeads deHeads           // de_r6_compoundkind.go: "Küstenpatrouillenboote"
	// ordinary are, by language, the one-word aliases of systems that are
	// ordinary words there (lang_<code>.tsv "ordinary-word": German
	// "Grad", a degree), normalised (ordinaryWord)
	ordinary map[string]map[string]bool
	// words are, by language, the lexicon's kinds read by word (isWord;
	// all_r9_words_lexicon.go)
	words map[string]*langWords
	kinds *kindSiblings // all_r13_leftovers_kindsibling.go
	// counted: all_r13_frtrans_counted.go
	counted      map[string]*entry
	countedLangs map[string]map[string]bool
	countOne     map[string]bool
	kafWords     map[string]bool // all_r15_sysname_kaf.go
}

func newMatcher() *matcher { return &matcher{root: &trieNode{next: map[string]*trieNode{}}} }

func (m *matcher) add(alias string, e entry) {
	toks := tokenize(alias, 0)
	if len(toks) == 0 {
		return
	}
	n := m.root
	e.raw = make([]string, len(toks))
	for i, t := range toks {
		e.raw[i] = t.raw
		c := n.next[t.norm]
		if c == nil {
			c = &trieNode{next: map[string]*trieNode{}}
			n.next[t.norm] = c
		}
		n = c
	}
	e.nTokens = len(toks)
	for _, x := range n.entries {
		if x.kind == e.kind && x.id == e.id && x.lang == e.lang && strings.Join(x.raw, " ") == strings.Join(e.raw, " ") {
			return
		}
	}
	ec := e
	n.entries = append(n.entries, &ec)
}

// mention is a lexicon match in the text.
type mention struct {
	kind       int
	id         string
	sub        string
	start, end int    // rune offsets
	tok0, tok1 int    // token range [tok0, tok1)
	prefix     string // Arabic letters attached before the name: "ل" in "للمغرب", "و" in "والجزائر"
	name       string // a system made from a designation: the designation as written
}

// caseOK checks the case constraints of an alias against the text: an
// all-capitals alias ("US", "IMET") must be written in capitals; a
// one-word capitalised alias ("Patriot", "Chad") must be capitalised.
// atStart: the text's first token opens the sentence.
func caseOK(e *entry, toks []token, atStart bool) bool {
	if !r13CapitalCaseOK(e, toks) { // all_r13_estrans_capitalcase.go: "a la paz y la seguridad"
		return false
	}
	words := 0
	for _, r := range e.raw {
		if !isDigits(r) {
			words++
		}
	}
	for i, r := range e.raw {
		t := toks[i]
		if t.arabic || isDigits(r) {
			continue
		}
		if isUpperWord(r) && (len([]rune(r)) >= 2 || len(e.raw) > 1) {
			// a system named in capitals is often written as a word:
			// "CAESAR" as "Caesar", "HIMARS" as "Himars"; short acronyms
			// ("US", "TOW") must stay in capitals
			// ("Ahead", "Bonus" opening a sentence are words)
			if e.kind == mSystem && len([]rune(r)) >= 4 && isCapitalised(t.raw) && !(atStart && i == 0) {
				continue
			}
			if !isUpperWord(t.raw) {
				return false
			}
			continue
		}
		// a one-word name, or a maker's (a proper name: "Hélicoptères de
		// Russie" is the firm, "deux hélicoptères de Russie" two
		// helicopters from Russia), is capitalised as written
		if i == 0 && (words == 1 || e.kind == mNamed && e.sub == "maker") && isCapitalised(r) && !isCapitalised(t.raw) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			if r < '٠' || r > '٩' {
				return false
			}
		}
	}
	return true
}

// gapOK says whether two tokens of one alias may be separated by gap.
func gapOK(gap string) bool {
	n := 0
	for _, r := range gap {
		// a tatweel or a dash standing between spaces is a hyphen in
		// Arabic text: "إف ـ 15", "إف – 15"
		if n++; n > 3 || !strings.ContainsRune(" -/'’.&‑–—ـ", r) {
			return false
		}
	}
	return true
}

// find returns the mentions in toks for language lang.
func (m *matcher) find(toks []token, lang string) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		best, bestLen, bestFirst := m.longestAt(toks, i, lang)
		if best == nil && lang == "ar" {
			best, bestLen = m.arQuotedSystem(toks, i) // `منظومتي "بوك"` (ar_quoted.go)
			bestFirst = toks[i].norm
		}
		if best == nil && lang == "ar" {
			best, bestLen = m.arrecallLetterSystem(toks, i) // all_r13_arrecall_letters.go: "سي إتش-3" (CH-3), "إيه دبليو 149" (AW149)
			bestFirst = toks[i].norm
		}
		if best == nil && lang == "de" {
			if best = m.deHeads.compound(toks[i]); best != nil { // de_r6_compoundkind.go
				bestLen, bestFirst = 1, toks[i].norm
			}
		}
		if best == nil {
			if best = m.countedHead(toks, i, lang); best != nil { // "dix Bastions"
				bestLen, bestFirst = 1, toks[i].norm
			}
		}
		if best == nil {
			if best, bestLen = m.r14FamilyHead(toks, i, lang); best != nil { // all_r14_nocand_family.go: "Flugabwehrraketen vom Typ Strela"
				bestFirst = toks[i].norm
			}
		}
		if best == nil {
			if best = m.r14CompassState(toks, i, lang); best != nil { // all_r14_nocand_compass.go: "im Nordirak"
				bestLen, bestFirst = 1, toks[i].norm
			}
		}
		if best == nil {
			i++
			continue
		}
		if best.kind == mKindStop { // all_r7_kindstops.go: "chalecos blindados"
			i += bestLen
			continue
		}
		if m.r15CapitalAcronym(toks, i, best, bestLen, lang) {
			i++ // all_r15_sysname_acronym.go: "MALE UAV" names no Malé
			continue
		}
		if best.kind == mSystem && bestLen == 1 && m.ordinaryWord(toks, i, lang) {
			i++ // "bei 40 Grad": a degree, no BM-21 Grad
			continue
		}
		if best.kind == mRegion && bestLen > 1 && m.regionOverreached(toks, i, bestLen, lang) {
			i++ // "the Gulf Cooperation Council" (all_r8_enar_names.go)
			continue
		}
		if best.kind == mSystem && m.overreached(toks, i, bestLen, lang) {
			// "مقاتلات سوخوي 35", "chars Leopard 1", "drones Shahed 131":
			// an alias with a category word before a name ends inside a
			// longer system's name that starts after it; the longer name
			// is read instead, and the category word is left alone
			i++
			continue
		}
		// a match must not end inside a word: "M1" in "M1A2" is fine
		// (letter/digit boundary), "Mali" in "Malian" cannot happen as
		// tokens are whole letter runs.
		mt := mention{kind: best.kind, id: best.id, sub: best.sub, tok0: i, tok1: i + bestLen,
			start: toks[i].start, end: toks[i+bestLen-1].end}
		if toks[i].arabic && bestFirst != toks[i].norm {
			mt.prefix = arabicPrefix(toks[i].norm, bestFirst)
		}
		if best.kind == mSystem {
			if id := m.kindSibling(toks, i, bestLen, best.id, lang); id != "" {
				mt.id = id // "صواريخ من طراز هوك" (all_r13_leftovers_kindsibling.go)
			}
		}
		out = append(out, mt)
		i += bestLen
	}
	return m.designations(toks, contextStates(toks, out, lang), lang)
}

// ordinaryWord reports whether toks[i], a one-word alias of a system, is
// an ordinary word of the language here (lang_<code>.tsv "ordinary-word"):
// German capitalises every noun, so "bei 40 Grad", "in Konkurs", "zum
// Bumerang" spell aliases of systems. The word still names the system in
// a compound ("Grad-Raketenwerfer", but not "40-Grad-Marke") or next to a
// weapon's word ("Mehrfachraketenwerfer vom Typ Grad", "Grad
// Raketenwerfer"); a longer alias ("BM-21 Grad") is no one-word match.
func (m *matcher) ordinaryWord(toks []token, i int, lang string) bool {
	words := m.ordinary[lang]
	if words == nil {
		return false
	}
	if t := toks[i]; !words[t.norm] && !words[pluralStem(t)] {
		return false
	}
	if i+1 < len(toks) && !toks[i+1].digit {
		numbered := i > 0 && toks[i-1].digit && toks[i].gap == "-" // "40-Grad-Marke"
		if toks[i+1].gap == "-" && !numbered || m.generic(toks[i+1:i+2], lang) {
			return false
		}
	}
	k := i - 1
	for k >= 0 && k >= i-3 && m.dw != nil && m.dw.linker[toks[k].norm] { // "vom Typ"
		k--
	}
	return k < 0 || !m.generic(toks[k:k+1], lang)
}

// overreached reports whether the system match toks[i:i+n] starts with a
// category word (a generic word of the lexicon: "دبابة", "drones") and a
// system's name starting after that word reaches beyond the match. A
// name's own words ("M404 ER GMLRS" before "GMLRS unitary") are no
// category word: the name stands.
func (m *matcher) overreached(toks []token, i, n int, lang string) bool {
	for j := i + 1; j < i+n; j++ {
		if !m.generic(toks[i:j], lang) && !arAircraftLead(toks[i:j]) { // ar_family.go
			continue
		}
		if e, l, _ := m.longestAt(toks, j, lang); e != nil && e.kind == mSystem && j+l > i+n {
			return true
		}
	}
	return false
}

// generic reports whether toks are a generic word of the lexicon.
func (m *matcher) generic(toks []token, lang string) bool {
	var fb [maxArabicVariants]string
	firsts := append(fb[:0], toks[0].norm)
	if toks[0].arabic {
		firsts = appendArabicVariants(fb[:0], toks[0].norm)
	}
	if len(toks) == 1 && lang == "de" && m.deHeads.compound(toks[0]) != nil { // de_r6_compoundkind.go
		return true
	}
	for _, f := range firsts {
		if m.genericAt(f, toks, lang) != "" {
			return true
		}
	}
	return false
}

// genericAt returns the category of the generic word that toks spell with
// first as the form of their first word, "" for none.
func (m *matcher) genericAt(first string, toks []token, lang string) string {
	n := m.root.next[first]
	for k := 1; n != nil && k < len(toks); k++ {
		n = n.next[toks[k].norm]
	}
	if n == nil {
		return ""
	}
	for _, e := range n.entries {
		if e.kind == mGeneric && (e.lang == "" || e.lang == "*" || lang == "" || e.lang == lang) {
			return e.id
		}
	}
	return ""
}

// longestAt finds the longest lexicon entry starting at toks[i] (leftmost
// longest: the caller moves past it), with the first word's form that
// matched (an Arabic variant).
func (m *matcher) longestAt(toks []token, i int, lang string) (best *entry, bestLen int, bestFirst string) {
	var fb [maxArabicVariants]string
	var firsts []string
	if toks[i].arabic {
		firsts = appendArabicVariants(fb[:0], toks[i].norm)
	} else {
		firsts = append(fb[:0], toks[i].norm)
		if lang == "de" {
			firsts = append(firsts, germanAdjectiveE(toks[i].norm)...)
		}
	}
	// "Rafales", "Eurofighters", "des Leopards": a system's name
	// with a plural or genitive s
	plural := func(n *trieNode, j int) {
		stem := pluralStemLang(toks[j], lang) // de_r4_dative.go: "Eurofightern"
		if stem == "" || n.next[stem] == nil {
			return
		}
		for _, e := range n.next[stem].entries {
			if e.kind == mSystem && j+1-i > bestLen && caseOK(e, toks[i:j+1], i == 0) {
				best, bestLen, bestFirst = e, j+1-i, toks[i].norm
			}
		}
	}
	plural(m.root, i)
	for _, f := range firsts {
		if toks[i].arabic && m.r15KafBlocked(toks[i].norm, f) {
			continue // all_r15_sysname_kaf.go: "كتائب 212" is no "تايب 212"
		}
		n := m.root.next[f]
		j := i + 1
		for n != nil {
			for _, e := range n.entries {
				if e.lang != "" && e.lang != "*" && lang != "" && e.lang != lang {
					continue
				}
				if j-i > bestLen && caseOK(e, toks[i:j], i == 0) {
					best, bestLen, bestFirst = e, j-i, f
				} else if j-i == bestLen && best != nil && betterEntry(e, best) && caseOK(e, toks[i:j], i == 0) {
					best, bestFirst = e, f
				}
			}
			if j >= len(toks) || !gapOK(toks[j].gap) {
				break
			}
			plural(n, j)
			n = n.next[toks[j].norm]
			j++
		}
	}
	return best, bestLen, bestFirst
}

// germanAdjectiveE returns the -e form of a German adjective of origin in
// its strong endings, "südkoreanischer", "russisches", "französischem" ->
// "südkoreanische", which the lexicon lists with -e and -en only.
func germanAdjectiveE(w string) []string {
	for _, end := range []string{"ischer", "isches", "ischem"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return []string{w[:len(w)-2] + "e"}
		}
	}
	return nil
}

// pluralStem returns a Latin word without the s of its plural or genitive
// ("Rafales" -> "rafale"), or "".
func pluralStem(t token) string {
	if t.digit || t.arabic || utf8.RuneCountInString(t.norm) < 5 || !strings.HasSuffix(t.norm, "s") || strings.HasSuffix(t.norm, "ss") {
		return ""
	}
	return strings.TrimSuffix(t.norm, "s")
}

// betterEntry prefers systems over generics and countries over regions when
// the same words name both.
func betterEntry(a, b *entry) bool {
	rank := map[int]int{mSystem: 5, mCountry: 4, mNamed: 3, mRegion: 2, mGeneric: 1}
	return rank[a.kind] > rank[b.kind]
}

// buildMatcher indexes every alias of the lexicon.
func buildMatcher(lex *lexicon.Lexicon) *matcher {
	m := newMatcher()
	m.dw = newDesignationWords(lex)
	for _, a := range lex.CountryNames {
		lang := a.Lang
		// capitalised names are names in every language; demonyms and
		// lower-case words only in their own (German capitalises its
		// demonyms: "Este", an Estonian, is "este", this, in Spanish)
		// a three-letter acronym of a state's forces is that only in its
		// own language: es "FAC" (Colombia's air force) is a fast attack
		// craft in English, "FAE" a fuel-air explosive
		short := a.Kind == "metonym" && isUpperWord(a.Text) && len([]rune(a.Text)) <= 3
		if a.Kind != "demonym" && !short && (isCapitalised(a.Text) || a.Lang == "ar" || isUpperWord(a.Text)) {
			if a.Lang != "ar" {
				lang = "*"
			}
		}
		m.add(a.Text, entry{kind: mCountry, id: a.ID, sub: a.Kind, lang: lang})
		if a.Lang == "ar" && a.Kind == "demonym" {
			for _, v := range arDualDemonyms(a.Text) { // all_r8_enar_ardemonym.go: "غواصتين روسيتين"
				m.add(v, entry{kind: mCountry, id: a.ID, sub: a.Kind, lang: lang})
			}
		}
		// a capital's genitive too: "Warschaus Kauf", "Ankaras Entscheidung"
		if a.Lang == "de" && (a.Kind == "name" || a.Kind == "variant" || a.Kind == "capital" && !strings.Contains(a.Text, " ")) {
			for _, v := range germanCases(a.Text) {
				m.add(v, entry{kind: mCountry, id: a.ID, sub: a.Kind, lang: "de"})
			}
		}
		// German adjectives decline: the lexicon lists "polnisch",
		// "polnische", "polnischen"; "ein polnischer Konzern", "ein
		// israelisches Unternehmen", "aus polnischem Bestand" take the rest
		if a.Lang == "de" && a.Kind == "demonym" && !isCapitalised(a.Text) && strings.HasSuffix(a.Text, "sch") {
			for _, end := range []string{"er", "es", "em"} {
				m.add(a.Text+end, entry{kind: mCountry, id: a.ID, sub: a.Kind, lang: lang})
			}
		}
	}
	for _, a := range lex.RegionNames {
		m.add(a.Text, entry{kind: mRegion, id: a.ID, lang: "*"})
	}
	m.ships = map[string]bool{}
	for _, s := range lex.Systems {
		if s.Category == "ships" {
			m.ships[s.ID] = true
		}
		m.add(s.Name, entry{kind: mSystem, id: s.ID, lang: "*"})
		if s.Designation != "" {
			m.add(s.Designation, entry{kind: mSystem, id: s.ID, lang: "*"})
		}
		for _, a := range s.Aliases {
			m.add(a, entry{kind: mSystem, id: s.ID, lang: "*"})
		}
	}
	m.addMakerNumbers(lex) // all_r13_frtrans_makers.go
	m.addBaseDesignations(lex)
	m.kinds = newKindSiblings(lex)
	m.words = matcherWords(lex) // all_r9_words_lexicon.go
	m.ordinary = map[string]map[string]bool{}
	for _, code := range lex.Langs() {
		for _, w := range lex.Lang(code).Words["ordinary-word"] {
			if toks := tokenize(w.Text, 0); len(toks) == 1 {
				if m.ordinary[code] == nil {
					m.ordinary[code] = map[string]bool{}
				}
				m.ordinary[code][toks[0].norm] = true
			}
		}
	}
	for _, g := range lex.Generics {
		m.add(g.Text, entry{kind: mGeneric, id: g.Category, lang: g.Lang})
	}
	m.kafWords = r15KafWords(lex) // all_r15_sysname_kaf.go
	m.deHeads = newDeHeads(lex)
	m.addKindStops(lex) // all_r7_kindstops.go
	m.addCountedHeads(lex)
	for _, n := range lex.Named {
		m.add(n.Name, entry{kind: mNamed, id: n.ID, sub: n.Kind, lang: "*"})
		for _, a := range n.Aliases {
			m.add(a, entry{kind: mNamed, id: n.ID, sub: n.Kind, lang: "*"})
		}
	}
	return m
}

// addBaseDesignations lets a variant's family designation name it when the
// lexicon lists only variants: "J-35" for "J-35A" and "J-35E", "Type 054"
// for "Type 054A" and "Type 054A/P". The family must show in two variants
// of one system ("F-22P" alone does not make "F-22" a frigate), and no other
// alias may name the base.
func (m *matcher) addBaseDesignations(lex *lexicon.Lexicon) {
	variants := map[string]map[string]map[string]bool{} // base -> id -> variants
	for _, s := range lex.Systems {
		for _, a := range append([]string{s.Designation}, s.Aliases...) {
			toks := tokenize(a, 0)
			n := len(toks)
			// letters, digits, then letters written onto the digits
			if n < 3 || !toks[n-2].digit || toks[n-1].digit || toks[n-1].arabic || toks[n-1].gap != "" || toks[0].digit || toks[0].arabic {
				continue
			}
			base := strings.TrimSpace(a[:len(a)-len(toks[n-1].raw)])
			if variants[base] == nil {
				variants[base] = map[string]map[string]bool{}
			}
			if variants[base][s.ID] == nil {
				variants[base][s.ID] = map[string]bool{}
			}
			variants[base][s.ID][a] = true
		}
	}
	for base, ids := range variants {
		if len(ids) != 1 {
			continue
		}
		n := m.root
		for _, t := range tokenize(base, 0) {
			if n = n.next[t.norm]; n == nil {
				break
			}
		}
		if n != nil && len(n.entries) > 0 {
			continue
		}
		for id, vs := range ids {
			if len(vs) >= 2 {
				m.add(base, entry{kind: mSystem, id: id, lang: "*"})
			}
		}
	}
}

// arabicPrefix returns the letters a matched variant dropped from the front
// of a word: "للمغرب" matched as "مغرب" gives "لل"; "بالرباط" as "رباط", "بال".
func arabicPrefix(word, variant string) string {
	if i := strings.LastIndex(word, variant); i > 0 {
		p := word[:i]
		p = strings.TrimSuffix(p, "ال")
		return p
	}
	return ""
}
