package extract

// Memberships, round 16: a joining told without its organisation, right
// after a sentence that names it: "Finland joined NATO in April 2023.
// Sweden joined in March 2024", "La Finlande a rejoint l'Otan en 2023. La
// Suède a adhéré en mars 2024", "Suecia ingresó en marzo de 2024",
// "Schweden ist im März 2024 beigetreten", "وكانت فنلندا قد انضمت في
// 2023". The organisation is the one the sentence before (or the one
// before it) names last. Only a finite verb of joining (coop-joined) that
// takes no object of its own counts: the word after it is none, a
// number, or a word of time or place (coop-joined-next: "in", "en",
// "im", "في"); "joined the exercise", "joined forces" do not.

// r16coopBareJoin returns a stand-in mention of the organisation prev for
// a sentence that names none, when it tells a joining with no object, and
// whether it found one. Its tokens end after the joining state: the
// verb's own position, or, for a verb that comes first (Arabic "انضمت
// السويد في"), after the state that follows it.
func (d *docScan) r16coopBareJoin(i int, sc *sentScan, prev string) (mention, bool) {
	if prev == "" || i == 0 || !d.r16coopOrgBefore(i, prev) {
		return mention{}, false
	}
	set := sc.lw.set("coop-joined")
	for p := range sc.toks {
		n, _ := set.at(sc.toks, p)
		if n == 0 {
			continue
		}
		end := p + n
		// Arabic: "انضمت السويد في 2024": the state right after the verb
		for _, c := range sc.countries() {
			if c.tok0 == end && c.sub != "agency" && c.sub != "demonym" {
				end = c.tok1
				break
			}
		}
		if end < len(sc.toks) {
			t := &sc.toks[end]
			if !t.digit && !sc.lw.isTok("coop-joined-next", t) {
				continue
			}
		}
		at := end
		if at >= len(sc.toks) {
			at = p // "ist … beigetreten.": the verb ends the sentence
		}
		return mention{kind: mNamed, id: prev, sub: "organization", tok0: at, tok1: at + 1}, true
	}
	return mention{}, false
}

// r16coopOrgBefore reports whether one of the two sentences before i
// names the organisation id.
func (d *docScan) r16coopOrgBefore(i int, id string) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		for _, m := range d.sents[j].mentions {
			if m.kind == mNamed && m.sub == "organization" && m.id == id {
				return true
			}
		}
	}
	return false
}
