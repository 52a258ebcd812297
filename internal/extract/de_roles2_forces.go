package extract

// deOwnForcesGiver gives Germany as the seller of a system that the German
// armed forces, named bare, hand over from their stocks or sell on: "Die
// Luftwaffe hat der Ukraine 500 Stinger aus ihren Beständen übergeben",
// "Die Marine gab zwei Fregatten an Griechenland ab". In German news "die
// Luftwaffe", "die Marine", "das Heer" with no demonym before them are the
// Bundeswehr's; the system's maker (the United States for Stinger) does
// not sell what they give up. It applies only when the supplier is the
// maker's state, which the sentence does not name, and no state other
// than the recipient is named; sup and rec are returned unchanged
// otherwise.
func (d *docScan) deOwnForcesGiver(sc *sentScan, origin, sup, rec string) (string, string) {
	if d.lw.code != "de" || origin == "" || origin == "DE" || sc.namesBare(origin) {
		return sup, rec
	}
	if s, r, ok := sc.deForcesDative(); ok && (sup == r || rec == r || sup == origin) && s != r {
		return s, r
	}
	if sup == "" || sup != origin || rec == "" || rec == "DE" {
		return sup, rec
	}
	for _, c := range sc.countries() {
		if c.id != rec && !(c.id == origin && c.sub == "demonym") {
			return sup, rec
		}
	}
	for k, t := range sc.toks {
		if !ownForcesWords[t.norm] {
			continue
		}
		// "die polnische Luftwaffe", "ukrainischen Marine": another
		// state's forces; an article or the clause's start before
		if k > 0 && !sc.lw.isTok("article", &sc.toks[k-1]) && !clauseBreak(t) {
			continue
		}
		// "die Luftwaffe der Ukraine erhielt": the genitive names whose
		// forces they are, unless the recipient stands there as a dative
		// of a verb that gives from stocks ("die Luftwaffe der Ukraine
		// … aus ihren Beständen übergeben hat")
		if k+2 < len(sc.toks) && (sc.toks[k+1].norm == "der" || sc.toks[k+1].norm == "des") && sc.countryAt(k+2) {
			if !sc.has("second-hand") {
				continue
			}
		}
		// the forces give: a verb of giving after them in their clause,
		// not one of getting ("Die Luftwaffe erhielt 35 F-35")
		_, to := sc.clauseOf(k)
		if sc.cueIn("stage-received", k+1, to) && !sc.has("second-hand") {
			continue
		}
		if _, ok := sc.lw.set("supply-verb").any(sc.toks, k+1, to); ok || sc.has("second-hand") && sc.cueIn("stage-delivered", k+1, to) {
			return "DE", rec
		}
	}
	return sup, rec
}

// ownForcesWords are the German words for the Bundeswehr's branches.
var ownForcesWords = map[string]bool{"luftwaffe": true, "marine": true, "bundesmarine": true, "heer": true}

// deForcesDative reads "die Luftwaffe der Ukraine … aus ihren Beständen
// übergeben": the German forces named bare, a state right after them in
// "der", a word for their own stocks and a verb of giving in the clause.
// The state is the dative that gets, not the forces' owner, and Germany
// gives; ok is false otherwise.
func (sc *sentScan) deForcesDative() (sup, rec string, ok bool) {
	if !sc.has("second-hand") {
		return "", "", false
	}
	for k := 1; k+2 < len(sc.toks); k++ {
		if !ownForcesWords[sc.toks[k].norm] || !sc.lw.isTok("article", &sc.toks[k-1]) || sc.toks[k+1].norm != "der" {
			continue
		}
		c, found := sc.countryMentionAt(k + 2)
		if !found || c.sub == "demonym" || c.id == "DE" {
			continue
		}
		// "angeboten und inzwischen auch übergeben hat": the clause goes
		// on past "und"
		_, to := sc.clauseOf(k)
		for to+1 < len(sc.toks) && to > k && sc.toks[to].norm == "und" { // a closing "und" goes on to nothing
			_, next := sc.clauseOf(to + 1)
			if next <= to {
				break
			}
			to = next
		}
		if _, giving := sc.lw.set("supply-verb").any(sc.toks, c.tok1, to); giving && !sc.cueIn("stage-received", c.tok1, to) {
			return "DE", c.id, true
		}
	}
	return "", "", false
}

// namesBare reports whether the sentence names a state other than by a
// demonym ("die amerikanische Stinger" names the maker, not a party).
func (sc *sentScan) namesBare(code string) bool {
	for _, m := range sc.countries() {
		if m.id == code && m.sub != "demonym" {
			return true
		}
	}
	return false
}
