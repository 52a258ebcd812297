package extract

// forcesOfState reports whether the state m names whose armed forces the
// words before it are: "la Armada de Perú", "el Ejército de Chile", "la
// Fuerza Aérea del Perú". Its "de" marks the owner of the forces, not a
// source ("Para la Armada de Perú se compraron a Francia dos fragatas").
func (sc *sentScan) forcesOfState(m mention) bool {
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 || sc.toks[k].norm != "de" && sc.toks[k].norm != "del" {
		return false
	}
	return sc.lw.isTok("force-word", &sc.toks[k-1]) || sc.toks[k-1].norm == "guerra" // "Marina de Guerra del Perú"
}
