package extract

import "strings"

// The state whose forces retired the weapons sells them on: "dados de baja
// por la Fuerza Aérea de Noruega", "retirés du service par l'armée de l'air
// belge", "die von Norwegen ausgemusterten F-16".

// retiredBy reports whether a state (its name, or a demonym on its armed
// forces) is the one that retired the weapons the sentence trades: "los
// F-16 dados de baja por la Fuerza Aérea de Dinamarca", "les F-16 retirés
// du service par l'armée de l'air danoise", "F-16s retired by the Royal
// Danish Air Force", "die von der dänischen Luftwaffe ausgemusterten F-16".
// The state that retires weapons owned them and sells them on: it is the
// supplier, never the buyer, whatever verb of selling or receiving follows
// ("wurden an Argentinien verkauft").
func (sc *sentScan) retiredBy(m mention) bool {
	if len(sc.retirePhrases()) == 0 {
		return false
	}
	a, b := sc.ownerSpan(m)
	// "retirés du service par l'armée …", "dados de baja por …", "retired
	// from the …", "retirados del servicio en …": the phrase, then a
	// preposition of the agent or the source, then the owner
	for _, p := range sc.retireSpans {
		if p[1] > a || a-p[1] > 4 {
			continue
		}
		prep := false
		ok := true
		for k := p[1]; k < a; k++ {
			w := sc.toks[k].norm
			switch {
			case sc.lw.isWord("retire-agent-prep", w):
				prep = true
			case sc.lw.isWord("article", w) || w == "service" || w == "servicio" || w == "dienst":
			default:
				ok = false
			}
		}
		if ok && prep {
			return true
		}
	}
	// German puts the participle after its agent: "die von Dänemark
	// ausgemusterten F-16", "vom Heer ausrangierte Panzer"
	if sc.lw.code == "de" && a > 0 && (sc.toks[a-1].norm == "von" || sc.toks[a-1].norm == "vom") {
		for _, p := range sc.retireSpans {
			if p[0] == b {
				return true
			}
		}
	}
	return false
}

// ownerSpan widens a state's mention to the words for its forces around
// it ("la Fuerza Aérea de Dinamarca", "l'armée de l'air danoise", "der
// dänischen Luftwaffe", "the Royal Danish Air Force") and the article
// before them: [a, b) in tokens.
func (sc *sentScan) ownerSpan(m mention) (a, b int) {
	a, b = m.tok0, m.tok1
	forces := func(k int) bool {
		return k >= 0 && k < len(sc.toks) && (sc.lw.isTok("force-word", &sc.toks[k]) || sc.toks[k].norm == "royal")
	}
	link := func(k int) bool {
		w := sc.toks[k].norm
		return w == "de" || w == "del" || w == "l" || w == "of" || w == "der" || w == "des"
	}
	// forces before the state: "Fuerza Aérea de Dinamarca", "armée de
	// l'air danoise", "Royal Danish"
	k := a - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) && k > 0 && link(k-1) {
		k-- // "de la", "of the"
	}
	for j, a0 := k, a; j >= 0 && j >= a0-6; j-- {
		if forces(j) {
			a = j
			continue
		}
		if !link(j) && !sc.lw.isTok("article", &sc.toks[j]) {
			break
		}
	}
	// forces after the state: "Danish Air Force", "dänischen Luftwaffe"
	for b < len(sc.toks) && b < m.tok1+3 && forces(b) {
		b++
	}
	for a > 0 && sc.lw.isTok("article", &sc.toks[a-1]) {
		a--
	}
	return a, b
}

// retirePhrases finds, once per sentence, where a word for retiring
// weapons stands: [start, end) in tokens.
func (sc *sentScan) retirePhrases() [][2]int {
	if sc.retireDone {
		return sc.retireSpans
	}
	sc.retireDone = true
	phs := sc.lw.set("retire") // lang_<code>.tsv
	for k := 0; k < len(sc.toks); k++ {
		w := sc.toks[k].norm
		if sc.lw.code == "de" && (strings.HasPrefix(w, "ausgemustert") || strings.HasPrefix(w, "ausrangiert") || strings.HasPrefix(w, "stillgelegt")) {
			sc.retireSpans = append(sc.retireSpans, [2]int{k, k + 1})
			continue
		}
		if n, _ := phs.at(sc.toks, k); n > 0 {
			sc.retireSpans = append(sc.retireSpans, [2]int{k, k + n})
			k += n - 1
		}
	}
	return sc.retireSpans
}
