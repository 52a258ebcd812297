package extract

import "strings"

// esReplaced reports whether the system mention m is the object of a
// Spanish verb of replacing: in "con las que sustituirá a los viejos
// buques FFG-11", "para reemplazar a sus Mirage 5" the system is what the
// buyer retires, not what it gets. Only articles, possessives, adjectives
// of age and weapon nouns may stand between the verb's "a" and the system.
func (sc *sentScan) esReplaced(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-6; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()") {
			return false
		}
		w := sc.toks[k].norm
		if esReplaceVerbs[w] {
			return true
		}
		if w == "a" || w == "al" || sc.lw.isWord("article", w) || esRetiredWords[w] || sc.genericAt(k) {
			continue
		}
		return false
	}
	return false
}

// esReplaceVerbs are the forms of "sustituir", "reemplazar", "relevar"
// that take the retired equipment as object.
var esReplaceVerbs = map[string]bool{
	"sustituir": true, "sustituira": true, "sustituiran": true, "sustituye": true, "sustituyen": true, "sustituyo": true, "sustituyeron": true,
	"reemplazar": true, "reemplazara": true, "reemplazaran": true, "reemplaza": true, "reemplazan": true, "reemplazo": true, "reemplazaron": true,
	"relevar": true, "relevara": true, "relevaran": true, "jubilar": true,
}

// esRetiredWords describe what is being replaced: "los viejos", "sus
// actuales", "los antiguos".
var esRetiredWords = map[string]bool{
	"su": true, "sus": true, "viejos": true, "viejas": true, "viejo": true, "vieja": true, "antiguos": true, "antiguas": true,
	"antiguo": true, "antigua": true, "actuales": true, "veteranos": true, "veteranas": true, "obsoletos": true, "obsoletas": true,
	"envejecidos": true, "envejecidas": true, "ya": true, "desgastados": true,
}

// esDiscarded reports whether the system mention m is what a Spanish verb
// of discarding rejects: "tras haber descartado el Rafale francés", "el
// F-16 Block 70, que Bogotá había descartado" (a bid turned down, not a
// deal). The verb takes m as its object right after it, or m's relative
// clause ("que …") holds it.
func (sc *sentScan) esDiscarded(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-7; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()") {
			break
		}
		w := sc.toks[k].norm
		if esDiscardVerbs[w] {
			return true
		}
		if !sc.lw.isWord("article", w) && !esRetiredWords[w] && !esDiscardedPurchase[w] && !sc.genericAt(k) && sc.numAt(k) == nil {
			break
		}
	}
	k := m.tok1
	for k < len(sc.toks) && k < m.tok1+3 && !sc.lw.isTok("relative-pronoun", &sc.toks[k]) {
		k++
	}
	if k >= len(sc.toks) || !sc.lw.isTok("relative-pronoun", &sc.toks[k]) {
		return false
	}
	for j := k + 1; j < len(sc.toks) && j <= k+5; j++ {
		if gapBreaks(sc.toks[j].gap) {
			return false
		}
		if esDiscardVerbs[sc.toks[j].norm] {
			return true
		}
	}
	return false
}

// esDiscardedPurchase may stand between the verb and the system: "ha
// descartado comprar 12 Rafale", "descartó la compra de los F-16".
var esDiscardedPurchase = map[string]bool{
	"comprar": true, "adquirir": true, "compra": true, "adquisicion": true, "de": true, "del": true,
}

// esDiscardVerbs are the forms of "descartar" and "desechar".
var esDiscardVerbs = map[string]bool{
	"descarto": true, "descartado": true, "descartaron": true, "descarta": true, "descartan": true, "descartada": true, "descartados": true,
	"desecho": true, "desechado": true, "desecharon": true, "rechazo": true, "rechazado": true, "rechazaron": true,
}
