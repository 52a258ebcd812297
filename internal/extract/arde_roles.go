package extract

import (
	"unicode"
	"unicode/utf8"
)

// germanIndirectObject reports whether a German state's name is the
// dative object of a giving verb, with no preposition: a bare name right
// after the finite verb that follows the subject state ("Deutschland hat
// Ägypten zwei Fregatten geliefert", "Die Bundesregierung genehmigte Katar
// 24 Haubitzen"), or a plural name after "den" ("Frankreich hat den
// Vereinigten Arabischen Emiraten 80 Rafale verkauft", "den USA", "den
// Niederlanden"). germanDative reads "der"/"dem".
func (sc *sentScan) germanIndirectObject(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.sub == "agency" || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	art := sc.toks[k]
	if art.norm == "den" {
		if k < 1 || hardBreakBetween(sc.toks, k, m.tok0+1) {
			return false
		}
		before := sc.toks[k-1]
		r, _ := utf8.DecodeRuneInString(before.raw)
		if before.digit || germanNotVerb[before.norm] || !unicode.IsLower(r) && !sc.endsCountryAt(k-1) {
			return false
		}
		return sc.givingClause(m.tok0)
	}
	// a bare name: the finite verb before it, the subject state before that
	if !sc.finiteGermanVerb(k) || !sc.endsCountryAt(k-1) && !sc.deEndsMakerAt(k-1) || hardBreakBetween(sc.toks, k-1, m.tok0+1) { // de_makerdative.go: "Diehl Defence hat Ägypten … geliefert"
		return false
	}
	return sc.givingClause(m.tok0)
}

// germanNotVerb are words before "den" that make it no dative object of
// the clause's verb: prepositions and conjunctions.
var germanNotVerb = map[string]bool{
	"in": true, "aus": true, "von": true, "vom": true, "mit": true, "bei": true, "zwischen": true,
	"unter": true, "neben": true, "gegen": true, "uber": true, "seit": true, "zu": true, "wie": true,
	"als": true, "und": true, "oder": true, "sowie": true, "auf": true, "durch": true, "um": true,
	"ohne": true, "vor": true, "nach": true, "an": true, "fur": true, "hinter": true,
}

// finiteGermanVerb: an auxiliary or a verb of giving or approving at k.
func (sc *sentScan) finiteGermanVerb(k int) bool {
	if k < 0 || k >= len(sc.toks) {
		return false
	}
	for _, kind := range []string{"perfect-aux", "supply-verb", "stage-approved", "stage-delivered"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}

// endsCountryAt reports whether a country mention (not a demonym) ends at
// token k.
func (sc *sentScan) endsCountryAt(k int) bool {
	for _, c := range sc.countries() {
		if c.tok1-1 == k && c.sub != "demonym" {
			return true
		}
	}
	return false
}

// givingClause reports whether the clause of token t gives or approves
// (liefern, verkaufen, übergeben, genehmigen) and neither buys nor
// receives.
func (sc *sentScan) givingClause(t int) bool {
	from, to := sc.clauseOf(t)
	gives := false
	for k := from; k < to; k++ {
		if n, _ := sc.lw.set("stage-received").at(sc.toks, k); n > 0 {
			return false
		}
		if n, _ := sc.lw.set("buy-verb").at(sc.toks, k); n > 0 {
			return false
		}
		if k == t-1 {
			continue // the finite verb before the name counts only as an auxiliary
		}
		for _, kind := range []string{"supply-verb", "stage-approved", "stage-delivered"} {
			if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
				gives = true
			}
		}
	}
	return gives
}

// soldBackToMaker reports whether the system's country of origin is named
// in the sentence only as the one receiving, while another state is named
// as the one giving: "Die Schweiz hat 25 Leopard-2-Panzer an Deutschland
// verkauft", "باعت الأردن مروحيات بلاك هوك للولايات المتحدة". The giver
// sells, not the maker's state. Arabic and German.
func (d *docScan) soldBackToMaker(origin string, sups, recs []string) bool {
	if d.lw.code != "de" && d.lw.code != "ar" {
		return false
	}
	return origin != "" && contains(recs, origin) && !contains(sups, origin) && len(sups) > 0
}

// officialDemonym reports whether a demonym qualifies an official who
// acts for the state ("سلّم السفير الأمريكي الجيش اللبناني", "der
// amerikanische Botschafter übergab"): it stands for the state, as a name
// does. Arabic and German.
func (d *docScan) officialDemonym(sc *sentScan, m mention) bool {
	if d.lw.code != "ar" && d.lw.code != "de" || m.sub != "demonym" {
		return false
	}
	return sc.officialOf(m)
}
