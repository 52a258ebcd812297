package extract

import "strings"

// esCopulaBuyer reports whether the state m is said to be a buyer through a
// copula before the buyer noun at p: "Azerbaiyán pasó a ser el tercer
// cliente del JF-17", "Chile se convirtió en el primer operador", "Perú es
// el nuevo usuario". Only copula words, articles and ordinals stand
// between, with no clause break.
func (sc *sentScan) esCopulaBuyer(m mention, p int) bool {
	if sc.lw.code != "es" || p <= m.tok1 || p-m.tok1 > 8 {
		return false
	}
	copula := false
	for k := m.tok1; k < p; k++ {
		if k > m.tok1 && strings.ContainsAny(sc.toks[k].gap, ",;:()") {
			return false
		}
		w := sc.toks[k].norm
		switch {
		case esCopulaVerbs[w]:
			copula = true
		case esCopulaFillers[w] || sc.lw.isWord("article", w) || esBuyerOrdinals[w]:
		default:
			return false
		}
	}
	return copula && !strings.ContainsAny(sc.toks[p].gap, ",;:()")
}

// esCopulaVerbs make their subject what follows ("es", "pasó a ser", "se
// convirtió en"); esCopulaFillers are the rest of those phrases.
var esCopulaVerbs = map[string]bool{
	"es": true, "son": true, "fue": true, "fueron": true, "era": true, "eran": true, "sido": true,
	"paso": true, "pasaron": true, "convirtio": true, "convirtieron": true, "convierte": true,
	"convierten": true, "convertido": true,
}

var esCopulaFillers = map[string]bool{
	"a": true, "ser": true, "se": true, "en": true, "ya": true, "ha": true, "han": true,
	"asi": true, "un": true, "una": true, "unos": true, "unas": true, "hoy": true,
}

// esBuyerOrdinals rank a buyer among others: "el tercer cliente", "el
// nuevo operador", "el único usuario extranjero".
var esBuyerOrdinals = map[string]bool{
	"primer": true, "primero": true, "primera": true, "segundo": true, "segunda": true,
	"tercer": true, "tercero": true, "tercera": true, "cuarto": true, "cuarta": true,
	"quinto": true, "quinta": true, "sexto": true, "sexta": true, "septimo": true, "octavo": true,
	"nuevo": true, "nueva": true, "ultimo": true, "ultima": true, "unico": true, "unica": true,
	"mayor": true, "principal": true, "otro": true, "otra": true, "mas": true, "reciente": true,
}

// esListedBeforeBuyer reports whether the state m is in a list that an
// "after"/"like" phrase sets before a copula buyer: in "Tras Myanmar y
// Nigeria, Azerbaiyán pasó a ser el tercer cliente del JF-17" the states
// listed first are the earlier buyers; so in "Al igual que Chile y Perú,
// Colombia es cliente del ...".
func (sc *sentScan) esListedBeforeBuyer(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	ct := sc.countryTokens()
	listWord := func(k int) bool {
		w := sc.toks[k].norm
		return ct[k] != countryNone || sc.lw.isWord("and-conj", w) || sc.lw.isWord("article", w)
	}
	// back over the list to the phrase that opens it
	k := m.tok0 - 1
	for k >= 0 && listWord(k) && !strings.ContainsAny(sc.toks[k+1].gap, ";:()") {
		k--
	}
	if k < 0 || !sc.esAfterLike(k) {
		return false
	}
	// on to the comma that closes it
	j := m.tok1
	for j < len(sc.toks) && !strings.ContainsAny(sc.toks[j].gap, ",") {
		if !listWord(j) {
			return false
		}
		j++
	}
	if j >= len(sc.toks) {
		return false
	}
	if sc.lw.isTok("article", &sc.toks[j]) {
		j++
	}
	for _, c := range sc.countries() {
		if c.tok0 != j {
			continue
		}
		for _, p := range sc.cuePositions("buyer-noun") {
			if sc.esCopulaBuyer(c, p) {
				return true
			}
		}
	}
	return false
}

// esAfterLike reports whether the token k ends "tras", "después de",
// "además de", "al igual que", "junto a", "junto con".
func (sc *sentScan) esAfterLike(k int) bool {
	w := sc.toks[k].norm
	prev := ""
	if k > 0 {
		prev = sc.toks[k-1].norm
	}
	switch w {
	case "tras":
		return true
	case "de":
		return prev == "despues" || prev == "ademas"
	case "que":
		return prev == "igual"
	case "a", "con":
		return prev == "junto"
	}
	return false
}
