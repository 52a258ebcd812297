package extract

import "strings"

// A comma between two states is a list's only when the list goes on to a
// conjunction ("l'Égypte, le Qatar et l'Inde", "Chile, Perú y Colombia").
// Where no conjunction follows, the comma closes a phrase set before the
// clause and the second state is the clause's subject: "Tras la visita del
// presidente de Francia, Brasil compró a Suecia 36 cazas Gripen", "En el
// marco de la cumbre con Japón, Filipinas adquirió misiles BrahMos",
// "Lors de la visite du président de la France, le Maroc a commandé",
// "During a visit to Japan, the Philippines bought". Read as a list, the
// first state became a second buyer of the clause's goods (conjoinedWith,
// roles.go): a party wrongly assigned from a third state named in the
// sentence.

// closingComma reports whether countries cs[k-1] and cs[k] are joined only
// by a comma that no conjunction of a longer list follows.
func (sc *sentScan) closingComma(cs []mention, k int) bool {
	if k <= 0 || k >= len(cs) || !sc.commaOnlyJoin(cs[k-1], cs[k]) {
		return false
	}
	// "Tras Myanmar y Nigeria, Azerbaiyán pasó a ser el tercer cliente":
	// states an "after"/"like" phrase lists are earlier buyers (es_buyers.go)
	if sc.esListedBeforeBuyer(cs[k-1]) {
		return false
	}
	if !sc.openingPhraseState(cs[k-1]) {
		return false
	}
	for j := k + 1; j < len(cs); j++ {
		if !sc.listJoined(cs[j-1], cs[j]) {
			break
		}
		if !sc.commaOnlyJoin(cs[j-1], cs[j]) {
			return false // "A, B y C": the list goes on to its conjunction
		}
	}
	return true
}

// commaOnlyJoin reports whether the words between two state mentions are
// only a comma and articles: no conjunction, no preposition.
func (sc *sentScan) commaOnlyJoin(a, b mention) bool {
	if b.tok0 < a.tok1 || b.tok0 >= len(sc.toks) {
		return false
	}
	comma := false
	for t := a.tok1; t <= b.tok0; t++ {
		if strings.ContainsAny(sc.toks[t].gap, ",،") {
			comma = true
		}
		if t < b.tok0 && sc.nameConj(sc.toks[t].norm) {
			return false
		}
	}
	return comma && !strings.HasPrefix(b.prefix, "و")
}

// openingPhraseState reports whether the state m ends a phrase that opens
// the sentence: no comma before it, and it is the complement of a noun
// ("la visita del presidente de Francia", "la cumbre con Japón", "a visit
// to Japan"), after a preposition that is not a first list item's.
func (sc *sentScan) openingPhraseState(m mention) bool {
	if m.tok0 < 2 || m.sub == "demonym" {
		return false
	}
	for t := 1; t <= m.tok0 && t < len(sc.toks); t++ {
		if strings.ContainsAny(sc.toks[t].gap, ",;:()،") {
			return false
		}
	}
	k := m.tok0 - 1
	for k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	return sc.lw.isTok("complement-prep", &sc.toks[k]) && !sc.countryAt(k-1)
}
