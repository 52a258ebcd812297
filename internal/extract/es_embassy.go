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
	k := sc.wordBefore(m)
	if k < 1 || sc.toks[k].norm != "de" && sc.toks[k].norm != "del" {
		return false
	}
	switch sc.toks[k-1].norm {
	case "embajada", "embajadas":
		return true
	}
	return false
}
