package extract

// Negation words that negate nothing. A negation drops a candidate even
// for the model (a deal that did not happen is no fact), so a negation word
// inside an idiom must not count:
//   - a bound on a number: "not less than 24", "pas moins de 24", "no menos
//     de 24", "nicht weniger als 24", "ما لا يقل عن 24";
//   - a list: "not only … but also", "not to mention", "nicht zuletzt";
//   - a manner: "without delay", "sans précédent", "sin precedentes",
//     "لا مثيل لها";
//   - "ever" after a superlative: "le plus gros contrat jamais signé", "el
//     mayor lote nunca entregado".
// The idioms are the lexicon kind "not-negation"; French "jamais" without
// "ne" and Spanish "jamás"/"nunca" after a superlative are grammar, read
// here.

// notNegation reports whether the negation word at token p belongs to an
// idiom that negates nothing.
func (sc *sentScan) notNegation(p int) bool {
	if sc.frNeNotNegation(p) { // fr_r4_negframe.go
		return true
	}
	if ps := sc.lw.set("not-negation"); ps != nil {
		// the negation's own phrase may start before the idiom: "has
		// not" in "has not only ordered"
		end := p + 1
		if n, _ := sc.lw.set("negation").at(sc.toks, p); n > 1 {
			end = p + n
		}
		for _, q := range sc.cuePositions("not-negation") {
			if q >= end {
				break
			}
			if n, _ := ps.at(sc.toks, q); p < q+n {
				return true
			}
		}
	}
	switch w := sc.toks[p].norm; {
	case sc.lw.code == "fr" && w == "jamais":
		// written French negates with "ne … jamais" ("Jamais … n'avait"
		// after it); "jamais" alone is "ever": "le plus important jamais
		// remporté", "plus que jamais"
		return !sc.neNear(p)
	case sc.lw.code == "es" && (w == "jamas" || w == "nunca"):
		return sc.superlativeBefore(p)
	}
	return false
}

// neNear reports whether a French "ne"/"n'" stands in the clause of token
// p, within ten words before or after it.
func (sc *sentScan) neNear(p int) bool {
	isNe := func(w string) bool { return w == "ne" || w == "n" }
	if sc.clauseWordBefore(p, 10, isNe) {
		return true
	}
	for k := p + 1; k < len(sc.toks) && k <= p+10 && !gapBreaks(sc.toks[k].gap); k++ {
		if isNe(sc.toks[k].norm) {
			return true
		}
	}
	return false
}

// esSuperlatives are the Spanish words of a superlative that "jamás" or
// "nunca" may follow as "ever": "el mayor contrato jamás firmado", "la
// compra más grande nunca vista", "el primer lote jamás entregado".
var esSuperlatives = map[string]bool{"mayor": true, "mayores": true, "mas": true, "mejor": true, "mejores": true,
	"primer": true, "primera": true, "primero": true, "unico": true, "unica": true, "menor": true}

// superlativeBefore reports whether a superlative stands within four words
// before token p in its clause.
func (sc *sentScan) superlativeBefore(p int) bool {
	return sc.clauseWordBefore(p, 4, func(w string) bool { return esSuperlatives[w] })
}

// clauseWordBefore reports whether one of the n words before token p, in
// its clause (no clause break between), is one that is accepts.
func (sc *sentScan) clauseWordBefore(p, n int, is func(string) bool) bool {
	for k := p - 1; k >= 0 && k >= p-n; k-- {
		if is(sc.toks[k].norm) {
			return true
		}
		if gapBreaks(sc.toks[k+1].gap) {
			return false
		}
	}
	return false
}
