package extract

import "strings"

// esUpgraded reports whether the system mention m is the object of a
// Spanish word for upgrading or servicing what a state already has: in
// "se encarga de la modernización de media vida de las cinco fragatas
// F-100", "para modernizar los F-16 de la FACh", "la repotenciación de sus
// Kfir" the platform stays with its owner; what may change hands is the
// equipment fitted to it. Only articles, possessives, numbers, "de",
// words of the upgrade's kind and weapon nouns may stand between the word
// and the system.
func (sc *sentScan) esUpgraded(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-12; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()") {
			return false
		}
		w := sc.toks[k].norm
		if esUpgradeWords[w] {
			return true
		}
		if w == "de" || w == "del" || w == "a" || w == "al" || sc.lw.isWord("article", w) || esRetiredWords[w] || esUpgradeKinds[w] || sc.genericAt(k) || sc.numAt(k) != nil {
			continue
		}
		return false
	}
	return false
}

// esUpgradeWords are the nouns and verbs of upgrading and servicing.
var esUpgradeWords = map[string]bool{
	"modernizacion": true, "modernizaciones": true, "modernizar": true, "moderniza": true, "modernizara": true, "modernizo": true,
	"repotenciacion": true, "repotenciar": true, "actualizacion": true, "actualizar": true, "actualizara": true,
	"mantenimiento": true, "reparacion": true, "carena": true, "recorrida": true, "overhaul": true,
}

// esUpgradeKinds qualify an upgrade: "de media vida", "integral",
// "extensión de vida útil".
var esUpgradeKinds = map[string]bool{
	"media": true, "vida": true, "integral": true, "util": true, "extension": true, "mayor": true, "general": true,
	"clase": true, "tipo": true, "sistemas": true, "sistema": true, "combate": true, "sensores": true, "equipos": true, "electronica": true, "avionica": true,
}

// esOwnPlatform reports whether the system mention m, whose maker's state
// is origin, is named as a platform of that same state's armed forces:
// "las cinco futuras fragatas F-110 de la Armada española", "los F-110 de
// la Armada de España". A state's own navy getting its own shipyard's
// frigates buys at home; the foreign state of the sentence supplies the
// equipment fitted to them ("el sistema Aegis para las fragatas F-110 de
// la Armada española").
func (sc *sentScan) esOwnPlatform(m mention, origin string) bool {
	if sc.lw.code != "es" || origin == "" {
		return false
	}
	if sc.esOwnForcesGet(m, origin) {
		return true
	}
	k := m.tok1
	if k >= len(sc.toks) || gapBreaks(sc.toks[k].gap) || sc.toks[k].norm != "de" && sc.toks[k].norm != "del" {
		return false
	}
	for _, c := range sc.countries() {
		if c.id != origin || c.tok0 <= k || c.tok0-k > 5 || sc.boundaryBetween(k, c.tok0) {
			continue
		}
		if c.sub == "demonym" && sc.forcesBefore(c) || sc.forcesOfState(c) {
			return true // "de la Armada española", "de la Armada de España"
		}
	}
	return false
}

// esFittedHost reports whether the platform m (a ship, aircraft or
// armoured vehicle) is named after "para" as what equipment named just
// before is for: "el contrato del sistema Aegis para las fragatas F-110",
// "misiles Meteor para los Rafale". The equipment changes hands; the
// platform is its buyer's. A designation right after a ship word that the
// lexicon reads as an engine ("fragatas multimisión F-110") is the
// ship's, not the engine's.
func (d *docScan) esFittedHost(sc *sentScan, m mention) bool {
	if sc.lw.code != "es" || m.kind != mSystem {
		return false
	}
	s, ok := d.x.systemOf(m)
	if !ok {
		return false
	}
	if s.Category == "engines" {
		for _, o := range sc.mentions {
			if o.kind == mGeneric && o.id == "ships" && o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 1 {
				return true
			}
		}
		return false
	}
	if !esPlatformKinds[s.Category] {
		return false
	}
	k := m.tok0 - 1
	for k >= 0 && (sc.genericAt(k) || sc.numAt(k) != nil || sc.lw.isTok("platform-filler", &sc.toks[k])) {
		k--
	}
	if k < 1 || !sc.lw.isTok("article", &sc.toks[k]) || sc.toks[k-1].norm != "para" {
		return false
	}
	p := k - 1
	for _, o := range sc.mentions {
		if o.kind != mSystem || o.tok1 > p || p-o.tok1 > 6 || sc.boundaryBetween(o.tok1, p) {
			continue
		}
		if e, ok := d.x.systemOf(o); ok && !esPlatformKinds[e.Category] {
			return true
		}
	}
	return false
}

// esPlatformKinds are the categories of platforms that carry equipment.
var esPlatformKinds = map[string]bool{"ships": true, "aircraft": true, "armoured-vehicles": true}

// esOwnForcesGet reports whether the clause of m hands it to the armed
// forces of its maker's own state: "Navantia entregó a la Armada española
// la fragata F-105", "para el Ejército de Chile" with a Chilean system.
func (sc *sentScan) esOwnForcesGet(m mention, origin string) bool {
	from, to := sc.clauseOf(m.tok0)
	for _, c := range sc.countries() {
		if c.id != origin || c.tok0 < from || c.tok0 >= to {
			continue
		}
		if !(c.sub == "demonym" && sc.forcesBefore(c) || sc.forcesOfState(c)) {
			continue
		}
		for k := c.tok0 - 1; k >= from && k >= c.tok0-6; k-- {
			w := sc.toks[k].norm
			if w == "a" || w == "al" || w == "para" {
				return true
			}
			if !sc.lw.isWord("article", w) && !sc.lw.isWord("force-word", w) && w != "de" && w != "del" && w != "real" && w != "nacional" && w != "guerra" {
				break
			}
		}
	}
	return false
}
