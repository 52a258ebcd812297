package extract

// frForcesDemonym reports whether a French demonym stands on a word for
// the armed forces (the lexicon's armed-forces: "l'armée burkinabè", "les
// forces armées nigériennes", "l'armée de l'air tunisienne"): such a
// phrase names the state as plainly as its name does, and is how many
// French stories name the buyer ("L'armée
// burkinabè reçoit des blindés chinois … on distingue une cinquantaine de
// Norinco CS/VP14"). The document's focus counts it with the names of
// states, so a later sentence with no buyer of its own gets that state.
func (sc *sentScan) frForcesDemonym(m mention) bool {
	return sc.lw.code == "fr" && m.sub == "demonym" && sc.forcesBefore(m) // aid_programs.go
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
	if d.notice {
		return "" // as mostNamedOutside
	}
	return d.mostNamed(tallyForces, mostOpts{except: sup})
}
