package extract

// builtWords say that something was built or made: the participles of a
// sentence that names who built what the sentence before delivered.
var builtWords = map[string]bool{
	"built": true, "made": true, "manufactured": true, "produced": true, "constructed": true,
	"construit": true, "construits": true, "construite": true, "construites": true, "fabrique": true, "fabriques": true,
	"fabriquee": true, "fabriquees": true, "produit": true, "produits": true,
	"construido": true, "construidos": true, "construida": true, "construidas": true, "fabricado": true, "fabricados": true,
	"fabricada": true, "fabricadas": true, "producido": true, "producidos": true,
}

// builderState returns the state a sentence gives as the builder of what
// the sentence before it named, or "": "Le navire a été construit par le
// chantier français Piriou", "The vehicles were made by the South African
// firm Paramount", "Les appareils ont été fabriqués en Russie". The
// sentence opens on a definite noun and has a word for building.
func (d *docScan) builderState(sc *sentScan) string {
	if len(sc.toks) < 4 || !sc.lw.isTok("sentence-opener", &sc.toks[0]) || sc.negated() {
		return ""
	}
	at := -1
	for k, t := range sc.toks {
		if builtWords[t.norm] && k <= 6 {
			at = k
			break
		}
	}
	if at < 0 {
		return ""
	}
	// a known maker after the word ("par le chantier Piriou")
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "maker" && m.tok0 > at {
			if c := d.makerCountry(m.id); c != "" {
				return c
			}
		}
	}
	// a state after the word: "fabriqués en Russie", "made in China", or
	// a demonym on a word for a company: "le chantier français", "the
	// South African firm", "el astillero estadounidense"
	for _, c := range sc.countries() {
		if c.tok0 <= at || c.tok0-at > 6 {
			continue
		}
		if c.sub != "demonym" {
			return c.id
		}
		// "le chantier (naval) français", "the South African firm"
		for k := c.tok0 - 2; k < c.tok0; k++ {
			if k >= 0 && sc.lw.isTok("company-word", &sc.toks[k]) {
				return c.id
			}
		}
		if c.tok1 < len(sc.toks) && sc.lw.isTok("company-word", &sc.toks[c.tok1]) {
			return c.id
		}
	}
	return ""
}
