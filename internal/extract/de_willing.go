package extract

import "strings"

// deGovernedHypothetical reads the German zu-infinitive, whose clause the
// word before the comma governs: "Polen erwägt, 100 K2 zu kaufen", "Die
// Türkei plant, 40 Eurofighter anzuschaffen", "Frankreich ist bereit, Indien
// 36 Rafale zu verkaufen". The clause [from, to) of the system ends in an
// infinitive with "zu"; a plan, wish or readiness (a `hypothetical` cue) in
// the clause right before it makes the deal a hypothetical, where a
// decision ("hat beschlossen, … zu liefern") does not.
func (sc *sentScan) deGovernedHypothetical(from, to int) bool {
	if sc.lw.code != "de" || from <= 0 || to-from < 2 || !sc.deZuInfinitive(from, to) {
		return false
	}
	pf, pt := sc.clauseOf(from - 1)
	_, ok := sc.lw.set("hypothetical").any(sc.toks, pf, pt)
	return ok
}

// deZuInfinitive reports whether the clause [from, to) ends in an
// infinitive with "zu": "zu kaufen", "zu liefern", or the particle verbs
// that take it inside, "anzuschaffen", "abzugeben", "auszuführen".
func (sc *sentScan) deZuInfinitive(from, to int) bool {
	last := sc.toks[to-1].norm
	if !strings.HasSuffix(last, "en") && !strings.HasSuffix(last, "ern") && !strings.HasSuffix(last, "eln") {
		return false
	}
	if to-2 >= from && sc.toks[to-2].norm == "zu" {
		return true
	}
	// "anzuschaffen": a particle, "zu", a verb of three letters or more
	if k := strings.Index(last, "zu"); k >= 2 && len(last)-k-2 >= 4 {
		switch last[:k] {
		case "an", "ab", "aus", "ein", "zur", "uber", "bei", "mit", "vor", "her", "hin", "weiter", "nach":
			return true
		}
	}
	return false
}

// deZuDative reads a bare state opening a German zu-infinitive of giving:
// such a clause has no subject, so the state is the dative, the buyer
// ("Italien hat beschlossen, Katar 24 Eurofighter zu verkaufen", "…, der
// Ukraine zehn Panzer abzugeben").
func (sc *sentScan) deZuDative(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 {
		return false
	}
	from, to := sc.clauseOf(m.tok0)
	if from == 0 || !strings.Contains(sc.toks[from].gap, ",") {
		return false
	}
	start := from
	if sc.lw.isTok("article", &sc.toks[start]) {
		start++
	}
	if m.tok0 != start || !sc.deZuInfinitive(from, to) {
		return false
	}
	return sc.deGivingEnd(to)
}

// deGivingEnd reports whether the clause ending before token to ends in a
// zu-infinitive of giving: "zu liefern", "abzugeben".
func (sc *sentScan) deGivingEnd(to int) bool {
	if sc.toks[to-2].norm == "zu" {
		n, _ := sc.lw.set("supply-verb").at(sc.toks, to-1)
		return n > 0
	}
	return sc.deZuGiving(to - 1)
}

// deZuGiving reports whether token k is a particle verb of giving with
// "zu" inside ("abzugeben", "bereitzustellen", "auszuliefern"): the
// infinitive the clause of a pledge or decision ends in.
func (sc *sentScan) deZuGiving(k int) bool {
	if sc.lw.code != "de" || k < 0 || k >= len(sc.toks) {
		return false
	}
	last := sc.toks[k].norm
	i := strings.Index(last, "zu")
	if i < 2 || len(last)-i-2 < 4 || !sc.deZuInfinitive(k, k+1) {
		return false
	}
	n, _ := sc.lw.set("supply-verb").at([]token{{norm: last[:i] + last[i+2:]}}, 0)
	return n > 0
}

// deDecisionGenitive reads the state whose decision or pledge a German
// zu-infinitive of giving spells out, named in the genitive right before
// the comma: "den Beschluss Dänemarks, der Ukraine 19 Haubitzen zu
// überlassen", "die Zusage der Niederlande, Kiew F-16 zu liefern". That
// state gives.
func (sc *sentScan) deDecisionGenitive(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 || m.tok1 >= len(sc.toks) {
		return false
	}
	if _, to := sc.clauseOf(m.tok0); to != m.tok1 || !strings.Contains(sc.toks[m.tok1].gap, ",") {
		return false
	}
	k := m.tok0 - 1
	if (sc.toks[k].norm == "der" || sc.toks[k].norm == "des") && k > 0 {
		k--
	}
	switch sc.toks[k].norm {
	case "beschluss", "beschlusses", "entscheidung", "zusage", "zusagen":
	default:
		return false
	}
	_, to := sc.clauseOf(m.tok1)
	if to-m.tok1 < 2 || !sc.deZuInfinitive(m.tok1, to) {
		return false
	}
	return sc.deGivingEnd(to)
}

// deZuStage reports whether the delivery cue at p is the infinitive with
// "zu" that ends its clause ("…, der Ukraine 19 Haubitzen zu überlassen",
// "…, Kiew F-16 abzugeben"): what is still to be handed over is decided,
// not delivered.
func (sc *sentScan) deZuStage(p int) bool {
	if sc.lw.code != "de" || p < 1 || p >= len(sc.toks) {
		return false
	}
	from, to := sc.clauseOf(p)
	if p != to-1 || from == 0 {
		return false
	}
	return sc.toks[p-1].norm == "zu" || sc.deZuGiving(p)
}
