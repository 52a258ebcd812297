package extract

import "strings"

// A German relative clause right after a weapon tells its history, not the
// deal of the sentence: "Im Gegenzug sollen 40 Schützenpanzer vom Typ
// BMP-1, die Athen einst aus DDR-Beständen übernommen hatte, an die
// Ukraine gehen", "Die Niederlande haben 18 Panzerhaubitzen 2000, die sie
// 2008 gekauft hatten, an die Ukraine abgegeben". The clause's stage word
// ("übernommen", "gekauft") is the owner's earlier purchase; when the
// sentence outside the clause has a word of its own for the deal (a stage,
// a verb of supplying, buying or pledging), the clause's stage word is no
// cue of the sentence (notThisCue), so that the stage, the year and the
// parties come from the main clause.

// r13RelStageKinds are the cue kinds a history clause does not lend to
// its sentence.
var r13RelStageKinds = map[string]bool{
	"stage-ordered": true, "stage-delivered": true, "stage-approved": true,
	"stage-received": true, "stage-requested": true, "buy-verb": true, "supply-verb": true,
}

// r13RelMainKinds are the kinds of a deal word outside the clause.
var r13RelMainKinds = []string{"stage-ordered", "stage-delivered", "stage-approved", "stage-received", "supply-verb", "buy-verb", "pledge-verb"}

// r13HistoryClause reports whether the cue of kind at token i stands in a
// German relative clause that follows a weapon's name and whose sentence
// names the deal outside it.
func (sc *sentScan) r13HistoryClause(kind string, i int) bool {
	if sc.lw.code != "de" || !r13RelStageKinds[kind] || i <= 0 || i >= len(sc.toks) || !sc.r13DeHasRelative() {
		return false
	}
	k, end := sc.r13RelativeAround(i)
	if k < 0 {
		return false
	}
	// the clause follows the name of a weapon or a kind of weapon
	follows := false
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok1 == k {
			follows = true
			break
		}
	}
	if !follows {
		return false
	}
	// a deal word of the sentence outside the clause
	for _, kd := range r13RelMainKinds {
		ps := sc.lw.set(kd)
		if ps == nil {
			continue
		}
		for j := 0; j < len(sc.toks); j++ {
			if j >= k && j < end {
				continue
			}
			if n, _ := ps.at(sc.toks, j); n > 0 {
				return true
			}
		}
	}
	return false
}

// r13DeHasRelative reports, found once per sentence, whether a token
// after a clause break is a relative article or pronoun: where none is,
// r13RelativeAround finds no clause for any token, and the cues of the
// sentence need not ask.
func (sc *sentScan) r13DeHasRelative() bool {
	if sc.deRelative == 0 {
		sc.deRelative = 1
		for k := 1; k < len(sc.toks); k++ {
			if tokGapEndsClause(&sc.toks[k]) && (deRelativeArticles[sc.toks[k].norm] || sc.lw.isTok("clause-relative", &sc.toks[k])) {
				sc.deRelative = 2
				break
			}
		}
	}
	return sc.deRelative == 2
}

// r13RelativeAround returns the German relative clause [k, end) that holds
// token i: a relative article right after a comma, the clause ending with
// a lower-case word (its verb) before the next comma or the sentence's
// end; k is -1 for none.
func (sc *sentScan) r13RelativeAround(i int) (k, end int) {
	from, to := sc.stretchOf(i)
	if from == 0 || from >= len(sc.toks) {
		return -1, 0
	}
	if !deRelativeArticles[sc.toks[from].norm] && !sc.lw.isTok("clause-relative", &sc.toks[from]) {
		return -1, 0
	}
	if to-1 <= from || !isLowerWord(sc.toks[to-1].raw) {
		return -1, 0
	}
	return from, to
}

// German puts a relative clause inside the clause it describes, between
// the finite verb and the rest of the sentence's bracket: "Griechenland
// soll 40 Schützenpanzer vom Typ BMP-1, die es einst übernommen hatte, an
// die Ukraine liefern", "Die Niederlande haben 18 Panzerhaubitzen 2000,
// die sie 2008 gekauft hatten, an die Ukraine abgegeben". The commas
// around it do not end the main clause: its modal and its infinitive
// ("soll … liefern"), its auxiliary and participle, its verb and particle
// and its recipient stay one clause (clauseOf, clauseEnd), the relative
// clause one of its own.

// r13DeNotContinuation are words after a relative clause's closing comma
// that open a clause of their own rather than continue the main one.
var r13DeNotContinuation = normSet("und", "oder", "aber", "sondern", "doch", "jedoch", "sowie", "dass", "weil", "um", "wenn", "als", "ob", "nachdem", "während", "wie", "sodass", "damit", "obwohl", "da", "so", "bevor", "seit", "seitdem", "falls", "zumal", "wobei", "wo", "was", "welche", "welcher", "welches", "welchen", "die", "der", "das", "dem", "den", "denen", "deren", "dessen")

// r13DeEmbedded returns the end (the token after its closing comma's
// word is the continuation) of the embedded German relative clause
// opening at token k, or -1: a relative article or pronoun right after a
// comma, a clause of at most 20 tokens that ends with a lower-case word
// (its verb) at a comma, continued by a word that opens no clause of its
// own.
func (sc *sentScan) r13DeEmbedded(k int) int {
	if k <= 0 || k >= len(sc.toks) || !strings.Contains(sc.toks[k].gap, ",") {
		return -1
	}
	w := sc.toks[k].norm
	if !deRelativeArticles[w] && !sc.lw.isWord("clause-relative", w) {
		return -1
	}
	e := k + 1
	for e < len(sc.toks) && !tokGapEndsClause(&sc.toks[e]) {
		e++
	}
	if e >= len(sc.toks) || e-k > 20 || e-1 <= k || sc.toks[e].gap != ", " && sc.toks[e].gap != "," {
		return -1
	}
	if !isLowerWord(sc.toks[e-1].raw) || r13DeNotContinuation[sc.toks[e].norm] {
		return -1
	}
	return e
}

// r13DeClauseOf is clauseOf for German: a clause continues across an
// embedded relative clause (r13DeEmbedded); ok is false where nothing
// is embedded next to t's clause.
func (sc *sentScan) r13DeClauseOf(t, from, to int) (int, int) {
	if !sc.r13DeHasJoins() {
		return from, to
	}
	// t inside an embedded clause: the clause is its own
	if from > 0 && sc.r13DeEmbedded(from) >= 0 {
		return from, to
	}
	for n := 0; n < 8 && to < len(sc.toks); n++ {
		if sc.r13DeListJoin(to) {
			to++
		} else if e := sc.r13DeEmbedded(to); e >= 0 {
			to = e + 1
		} else {
			break
		}
		for to < len(sc.toks) && !tokEndsClause(&sc.toks[to]) {
			to++
		}
	}
	for n := 0; n < 8 && from > 0; n++ {
		if sc.r13DeListJoin(from) {
			from--
			for from > 0 && !tokEndsClause(&sc.toks[from]) {
				from--
			}
			continue
		}
		// from is the first token after a closing comma: find the
		// embedded clause it closes
		k := from - 1
		for k > 0 && !tokGapEndsClause(&sc.toks[k]) {
			k--
		}
		if k <= 0 || sc.r13DeEmbedded(k) != from {
			break
		}
		from = k - 1
		for from > 0 && !tokEndsClause(&sc.toks[from]) {
			from--
		}
	}
	return from, to
}

// r13DeHasJoins reports, found once per sentence, whether a German
// sentence has an embedded relative clause or a list of states that
// r13DeClauseOf reads across: clauseOf, asked for most tokens of most
// sentences, then need not look for them.
func (sc *sentScan) r13DeHasJoins() bool {
	switch {
	case sc.deJoins == 1 || sc.deJoins == 2:
		return sc.deJoins == 2
	case sc.deJoins == 3 && len(sc.mentions) == 0:
		return false // no embedded clause, and no list join without mentions
	case sc.deJoins == 0:
		if sc.lw == nil || sc.lw.code != "de" {
			sc.deJoins = 1
			return false
		}
		for k := 1; k < len(sc.toks); k++ {
			if sc.r13DeEmbedded(k) >= 0 {
				sc.deJoins = 2
				return true
			}
		}
		sc.deJoins = 3
		if len(sc.mentions) == 0 {
			return false
		}
	}
	// no embedded clause; a list join needs the mentions, now found
	for k := 1; k < len(sc.toks); k++ {
		if sc.r13DeListJoin(k) {
			sc.deJoins = 2
			return true
		}
	}
	sc.deJoins = 1
	return false
}

// r13DeClauseEnds makes the table of clauseEnd agree with clauseOf across
// embedded German relative clauses.
func (sc *sentScan) r13DeClauseEnds() {
	if !sc.r13DeHasJoins() {
		return
	}
	for t := range sc.toks {
		_, to := sc.clauseOf(t)
		sc.clauseEnds[t] = int32(to)
	}
}

// r13DeRelativeOwner reports whether the state m is the subject of a
// German relative clause that tells how it once got the weapon the clause
// follows, while the sentence outside the clause tells the deal: "40
// Schützenpanzer vom Typ BMP-1, die Athen einst aus DDR-Beständen
// übernommen hatte, sollen an die Ukraine gehen". The former owner gives
// the weapon up: it is the supplier (docs/annotating.md, second-hand).
func (sc *sentScan) r13DeRelativeOwner(m mention) bool {
	if sc.lw.code != "de" || m.kind != mCountry || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	if !deRelativeArticles[sc.toks[k].norm] && !sc.lw.isTok("clause-relative", &sc.toks[k]) {
		return false
	}
	from, end := sc.r13RelativeAround(m.tok0)
	if from != k {
		return false
	}
	got := false
	for j := m.tok1; j < end && !got; j++ {
		for _, kd := range []string{"stage-received", "buy-verb", "stage-ordered"} {
			if n, _ := sc.lw.set(kd).at(sc.toks, j); n > 0 {
				got = true
				break
			}
		}
	}
	return got && sc.r13HistoryClause("stage-received", end-1) || got && sc.r13HistoryClause("buy-verb", end-1)
}

// German ends its clause with the verb, after the objects: "Frankreich
// hat Leopard-2-Panzer an Katar und Ungarn geliefert", "Deutschland hat
// Patrouillenboote an Saudi-Arabien, Ägypten und Australien geliefert".
// The "und" and the commas of a list of states after a preposition of
// destination ("an", "nach", "für") join the list; they do not end the
// clause, which would leave the first states without the verb
// (clauseBreak reads "und" as a break for English and French, whose verb
// comes before the list).

// r13DeListJoin reports whether the clause break at token k joins two
// states of a list that a preposition of destination opens.
func (sc *sentScan) r13DeListJoin(k int) bool {
	if k <= 0 || k >= len(sc.toks) || len(sc.mentions) == 0 {
		return false
	}
	next, comma := k, false
	switch sc.toks[k].norm {
	case "und", "oder", "sowie":
		if strings.Contains(sc.toks[k].gap, ",") {
			return false // ", und Polen schickt": a clause of its own
		}
		next = k + 1
	default:
		if !strings.Contains(sc.toks[k].gap, ",") || strings.ContainsAny(sc.toks[k].gap, ";:()—–") {
			return false
		}
		comma = true
	}
	if next < len(sc.toks) && sc.lw.isTok("article", &sc.toks[next]) {
		next++
	}
	var before, after *mention
	for i := range sc.mentions {
		m := &sc.mentions[i]
		if m.kind != mCountry {
			continue
		}
		if m.tok1 == k {
			before = m
		}
		if m.tok0 == next {
			after = m
		}
	}
	if before == nil || after == nil || comma && !sc.r13DeListGoesOn(*after) {
		return false
	}
	// back over the list to its preposition
	j := before.tok0 - 1
	for n := 0; j >= 0 && n < 16; n++ {
		w := sc.toks[j].norm
		switch {
		case w == "an" || w == "nach" || w == "für":
			return true
		case sc.lw.isWord("article", w) || w == "und" || w == "sowie" || w == "oder":
			j--
		default:
			in := false
			for _, m := range sc.mentions {
				if m.kind == mCountry && j >= m.tok0 && j < m.tok1 {
					j, in = m.tok0-1, true
					break
				}
			}
			if !in {
				return false
			}
		}
	}
	return false
}

// r13DeListRecipient reports whether the German state m is a later item of
// a list of states after a preposition of destination: "an Katar und
// Ungarn", "an Saudi-Arabien, Ägypten und Australien". The first item
// follows the preposition and is read as the recipient already; the later
// ones stood before the clause's final participle and were read as the
// subject of a relative clause that gives ("die Deutschland geliefert
// hat"), a supplier.
func (sc *sentScan) r13DeListRecipient(m mention) bool {
	if sc.lw.code != "de" || m.kind != mCountry {
		return false
	}
	j, crossed := m.tok0-1, false
	if j >= 0 && sc.lw.isTok("article", &sc.toks[j]) {
		j--
	}
	if j >= 0 && r13DeListWords[sc.toks[j].norm] && strings.Contains(sc.toks[j].gap, ",") {
		return false // "an die Ukraine, und Polen schickt": a clause of its own
	}
	if j+1 < len(sc.toks) && strings.Contains(sc.toks[j+1].gap, ",") && !strings.ContainsAny(sc.toks[j+1].gap, ";:()—–") {
		if !sc.r13DeListGoesOn(m) {
			return false // "an die Ukraine, Polen hat … geliefert": a clause of its own
		}
		crossed = true // ", Ägypten"
	}
	for n := 0; j >= 0 && n < 16; n++ {
		w := sc.toks[j].norm
		switch {
		case w == "an" || w == "nach" || w == "für":
			return crossed
		case w == "und" || w == "sowie" || w == "oder":
			crossed = true
			j--
		case sc.lw.isWord("article", w):
			j--
		default:
			in := false
			for _, o := range sc.mentions {
				if o.kind == mCountry && j >= o.tok0 && j < o.tok1 {
					if strings.Contains(sc.toks[o.tok0].gap, ",") && !strings.ContainsAny(sc.toks[o.tok0].gap, ";:()—–") {
						crossed = true
					}
					j, in = o.tok0-1, true
					break
				}
			}
			if !in {
				return false
			}
		}
	}
	return false
}

// r13DeListWords join the last item of a German list.
var r13DeListWords = map[string]bool{"und": true, "oder": true, "sowie": true}

// r13DeListGoesOn reports whether the state m, after a comma, is an item
// of a German list of states that goes on to its last item after "und",
// "oder" or "sowie" (no comma before it): "an Katar, Ungarn und
// Tschechien". A state after a comma that no such item follows opens a
// clause of its own: "liefert Panzer an die Ukraine, Polen hat 20
// Leopard geliefert".
func (sc *sentScan) r13DeListGoesOn(m mention) bool {
	k := m.tok1
	for n := 0; n < 8 && k < len(sc.toks); n++ {
		t := &sc.toks[k]
		next := k
		last := false
		switch {
		case r13DeListWords[t.norm] && !strings.Contains(t.gap, ","):
			next, last = k+1, true
		case strings.Contains(t.gap, ",") && !strings.ContainsAny(t.gap, ";:()—–"):
		default:
			return false
		}
		if next < len(sc.toks) && sc.lw.isTok("article", &sc.toks[next]) {
			next++
		}
		found := -1
		for _, o := range sc.mentions {
			if o.kind == mCountry && o.tok0 == next {
				found = o.tok1
				break
			}
		}
		if found < 0 {
			return false
		}
		if last {
			return true
		}
		k = found
	}
	return false
}
