package extract

import "strings"

// r14coopExerciseName reads an exercise's name that the other readers
// miss: in English a capitalised name before the word ("began the Golden
// Dragon 2024 exercise", "the annual Rapid Trident exercise"), and in
// every Latin-script language a capitalised name after any form of the
// word, plural included, past a few adjectives ("los ejercicios
// multinacionales Fuerzas Unidas 2019", "die Übungen BALTOPS"). The name
// is one to four capitalised words and an optional edition (a number); a
// word that names a state or an organisation ends it, words of a kind of
// exercise ("Joint", "Naval": r14coop-exercise-generic) are no name, and
// a sentence in title case (a headline) gives none.
func (sc *sentScan) r14coopExerciseName() (string, int) {
	if sc.lw.code == "ar" {
		return "", 0
	}
	ps := sc.cuePositions("exercise")
	if len(ps) == 0 || sc.r14coopTitleCase() {
		return "", 0
	}
	ex := sc.lw.set("exercise")
	for _, p := range ps {
		if sc.lw.code == "en" {
			if name := sc.r14coopNameBefore(p); name != "" {
				return name, p
			}
		}
		n, _ := ex.at(sc.toks, p)
		if n < 1 {
			n = 1
		}
		if name := sc.r14coopNameAfter(p + n); name != "" {
			return name, p
		}
	}
	return "", 0
}

// r14coopCapWord reports whether token k can be a word of a name: written
// with a capital and no part of a state's or an organisation's name.
func (sc *sentScan) r14coopCapWord(k int) bool {
	t := &sc.toks[k]
	return isCapitalised(t.raw) && !t.arabic && !sc.r14coopInMention(k)
}

// r14coopEdition reports whether token k is an edition: a number of one to
// four digits.
func (sc *sentScan) r14coopEdition(k int) bool {
	t := &sc.toks[k]
	return t.digit && len(t.raw) <= 4
}

// r14coopJoin writes tokens [k0, k1) as the text has them.
func (sc *sentScan) r14coopJoin(k0, k1 int) string {
	var b strings.Builder
	for k := k0; k < k1; k++ {
		if k > k0 {
			g := sc.toks[k].gap
			if strings.TrimSpace(g) == "" {
				g = " "
			}
			b.WriteString(g)
		}
		b.WriteString(sc.toks[k].raw)
	}
	return strings.TrimSpace(b.String())
}

// r14coopGeneric reports whether tokens [k0, k1) are all words of a kind of
// exercise, or openers ("The"), so that they make no name.
func (sc *sentScan) r14coopGeneric(k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		if !sc.lw.isTok("r14coop-exercise-generic", &sc.toks[k]) && !sc.lw.isTok("exercise", &sc.toks[k]) {
			return false
		}
	}
	return true
}

func (sc *sentScan) r14coopNameBefore(p int) string {
	k1 := p
	if k1 > 0 && sc.r14coopEdition(k1-1) {
		k1--
	}
	k0 := k1
	for k0 > 0 && k1-k0 < 4 && sc.r14coopCapWord(k0-1) {
		k0--
	}
	// generic words and openers at the start are no part of the name
	for k0 < k1 && sc.lw.isTok("r14coop-exercise-generic", &sc.toks[k0]) {
		k0++
	}
	if k0 == k1 || k0 == 0 && k1-k0 == 1 || sc.r14coopGeneric(k0, k1) {
		return ""
	}
	// a longer capitalised run goes on before: a title or a name of
	// something else, not read
	if k0 > 0 && sc.r14coopCapWord(k0-1) && !sc.lw.isTok("r14coop-exercise-generic", &sc.toks[k0-1]) {
		return ""
	}
	return sc.r14coopJoin(k0, p)
}

func (sc *sentScan) r14coopNameAfter(k int) string {
	for skip := 0; skip < 3 && k < len(sc.toks) && sc.lw.isTok("r14coop-exercise-adj", &sc.toks[k]); skip++ {
		k++
	}
	k0 := k
	for k < len(sc.toks) && k-k0 < 5 && sc.r14coopCapWord(k) {
		k++
		// a connector between two capitalised words: "Croix du Sud"
		if k+1 < len(sc.toks) && k-k0 < 4 && sc.lw.isTok("r14coop-name-connector", &sc.toks[k]) && sc.r14coopCapWord(k+1) {
			k++
		}
	}
	for k0 < k && sc.lw.isTok("r14coop-exercise-generic", &sc.toks[k0]) {
		k0++
	}
	if k0 == k || sc.r14coopGeneric(k0, k) {
		return ""
	}
	if k < len(sc.toks) && sc.r14coopCapWord(k) {
		return "" // more than four capitalised words: not a name
	}
	words := k - k0
	if k < len(sc.toks) && sc.r14coopEdition(k) && sc.toks[k].gap == " " {
		k++
	}
	if sc.lw.code == "de" && words == 1 && k-k0 == 1 && strings.ToUpper(sc.toks[k0].raw) != sc.toks[k0].raw {
		return "" // German capitalises its nouns: "die Übung Anfang Mai"
	}
	return sc.r14coopJoin(k0, k)
}

// r14coopTitleCase reports whether most words of the sentence are
// capitalised, as in a headline.
func (sc *sentScan) r14coopTitleCase() bool {
	if sc.lw.code == "de" {
		return false
	}
	words, caps := 0, 0
	for k := range sc.toks {
		t := &sc.toks[k]
		if t.digit || len(t.raw) < 4 || sc.r14coopInMention(k) {
			continue
		}
		words++
		if isCapitalised(t.raw) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// r14coopInMention reports whether token k is part of a state's, a
// region's or an organisation's name.
func (sc *sentScan) r14coopInMention(k int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mCountry || m.kind == mNamed || m.kind == mRegion) && k >= m.tok0 && k < m.tok1 {
			return true
		}
	}
	return false
}
