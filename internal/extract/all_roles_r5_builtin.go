package extract

import "strings"

// Where the goods were built, in the languages other than English (whose
// builtIn is en_r2_builtin.go): "dos fragatas construidas por Hyundai en
// Corea del Sur", "deux frégates construites en Corée du Sud", "فرقاطتين
// مصنوعتين في كوريا الجنوبية". For a
// system whose origin the lexicon does not give, the state where it was
// built is the seller (pairFor, roles.go), not a mere place. The building
// participles are the lexicon's cue kind built-at.

// builtInAny reports whether the state m follows a preposition of place
// that a building participle governs: the participle a few words before
// the preposition ("construidas por Hyundai en").
func (sc *sentScan) builtInAny(m mention) bool {
	// German is left out: "Die in den Niederlanden gebauten vier Fregatten
	// bekommt Indonesien" stays a place (de_governed_test.go)
	if sc.lw.code == "en" || sc.lw.code == "de" || m.sub == "demonym" || m.tok0 < 2 {
		return false
	}
	built := sc.lw.set("built-at")
	if built == nil {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	prep := strings.HasSuffix(m.prefix, "في")
	if !prep {
		if n, _ := sc.lw.set("location-prep").at(sc.toks, k); n == 1 {
			prep = true
		} else if w := sc.toks[k].norm; sc.lw.code == "fr" && (w == "en" || w == "au" || w == "aux") || sc.lw.code == "es" && w == "en" {
			prep = true // "construites en Corée", "fabriqués aux États-Unis"
		}
	} else {
		k = m.tok0 // the preposition is attached: "فيكوريا" is rare, but "في" may be
	}
	if !prep {
		return false
	}
	// "construidas por Hyundai en", "fabriqués par Naval Group en",
	// "المصنوعة في", "صنعتها شركة هيونداي في"
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if sc.countryAt(j) || sc.boundaryBetween(j+1, k) {
			return false
		}
		if n, _ := built.at(sc.toks, j); n > 0 {
			return true
		}
	}
	return false
}
