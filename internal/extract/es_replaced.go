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
		if w == "a" || w == "al" || articles[w] || esRetiredWords[w] || sc.genericAt(k) {
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
