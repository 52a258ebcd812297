package extract

// frForcesWords are the French nouns for a state's armed forces that a
// demonym adjective follows: "l'armée burkinabè", "les forces armées
// nigériennes", "la marine sénégalaise", "l'armée de l'air tunisienne",
// "la composante Terre belge".
var frForcesWords = map[string]bool{
	"armee": true, "armees": true, "forces": true, "marine": true, "air": true, "terre": true,
	"aviation": true, "gendarmerie": true, "garde": true, "militaires": true, "soldats": true,
}

// frForcesDemonym reports whether a French demonym stands on a word for
// the armed forces: such a phrase names the state as plainly as its name
// does, and is how many French stories name the buyer ("L'armée
// burkinabè reçoit des blindés chinois … on distingue une cinquantaine de
// Norinco CS/VP14"). The document's focus counts it with the names of
// states, so a later sentence with no buyer of its own gets that state.
func (sc *sentScan) frForcesDemonym(m mention) bool {
	if sc.lw.code != "fr" || m.sub != "demonym" || m.tok0 == 0 {
		return false
	}
	return frForcesWords[sc.toks[m.tok0-1].norm]
}

// frForcesFocus (asked when the seller is the system's maker state) is the
// state whose armed forces a French document names
// most with a demonym ("l'armée burkinabè"), other than the supplier: the
// buyer of a sentence that names none, when the document's usual pair
// gives only the seller (the focus counts names, and "Chine" in "venus de
// Chine", "fabriqués en Chine" outnumbers the one "burkinabè").
func (d *docScan) frForcesFocus(sup string) string {
	if d.lw.code != "fr" {
		return ""
	}
	d.focus() // fills the counts
	return top(d.focusCount.forces, sup)
}
