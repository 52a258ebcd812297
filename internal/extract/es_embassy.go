package extract

// esEmbassyOf reports whether the state m is named as the owner of an
// embassy or of its defence cooperation office: in "una donación de la
// Embajada de Estados Unidos", "la Oficina de Cooperación de Defensa de la
// Embajada de EE. UU. entregó" the state whose embassy acts is the giver,
// never the one that gets the equipment.
func (sc *sentScan) esEmbassyOf(m mention) bool {
	if sc.lw.code != "es" {
		return false
	}
	k := sc.prepBefore(m, "de", "del")
	if k < 1 {
		return false
	}
	switch sc.toks[k-1].norm {
	case "embajada", "embajadas":
		return true
	}
	return false
}

// prepBefore returns the index of the token before mention m, an article
// between them skipped, when it is one of preps ("de la Embajada", "a
// Noruega"), else -1.
func (sc *sentScan) prepBefore(m mention, preps ...string) int {
	k := m.tok0 - 1
	if k >= 0 && articles[sc.toks[k].norm] {
		k--
	}
	if k < 0 {
		return -1
	}
	for _, p := range preps {
		if sc.toks[k].norm == p {
			return k
		}
	}
	return -1
}
