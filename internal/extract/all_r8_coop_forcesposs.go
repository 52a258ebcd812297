package extract

// Aid to a state's armed forces named with a possessive.
//
// Class of error fixed: aid to an army is military aid to its state
// (aid_programs.go forcesAid, cooperation.go forcesOf), but only "the army
// of Lebanon" and "the Lebanese army" were read; "The United States gave
// Lebanon's army $120 million in aid" named no recipient, so no fact. The
// English possessive ("Lebanon's army", "Niger’s armed forces") now names
// the state whose forces get the aid. French "appui" (support, as
// "soutien") joins the lexicon's assistance words, so "un appui de 5
// millions d'euros aux forces armées sénégalaises" is read like "un
// soutien".

// forcesPossessive returns the state named with a possessive right before
// an armed-forces word ("Lebanon's army"), or "".
func (sc *sentScan) forcesPossessive() string {
	if sc.lw.code != "en" {
		return ""
	}
	forces := sc.lw.set("armed-forces")
	for _, c := range sc.countries() {
		if c.sub == "demonym" || c.tok1+1 >= len(sc.toks) {
			continue
		}
		s := sc.toks[c.tok1]
		if s.norm != "s" || !(s.gap == "'" || s.gap == "’") {
			continue
		}
		if n, _ := forces.at(sc.toks, c.tok1+1); n > 0 {
			return c.id
		}
	}
	return ""
}
