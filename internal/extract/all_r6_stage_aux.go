package extract

// A stage word right after the system is the main verb when its auxiliary
// stands before the system ("All 14 K9 howitzers have arrived", "ont été
// livrés", "fueron entregados"), not a participle describing it.

// auxiliaryBefore reports whether the stage word at p, right after a
// system ending at token end, is the main verb with its auxiliary, not a
// participle describing the system: "All 14 K9 howitzers have arrived",
// "… were delivered", "les 12 Caesar ont été livrés", "los 12 M777 fueron
// entregados", "die K9 sind eingetroffen". "Tanks ordered in 2022" and a
// relative clause ("the jets that were ordered") still describe it.
func (sc *sentScan) auxiliaryBefore(end, p int) bool {
	aux := stageAux[sc.lw.code]
	if aux == nil || p <= end || p > len(sc.toks) {
		return false
	}
	found := false
	for k := end; k < p; k++ {
		w := sc.toks[k].norm
		if stageRelative[w] {
			return false
		}
		if aux[w] {
			found = true
		}
	}
	return found
}

// stageAux are the auxiliaries of the perfect and the passive (norm: lower
// case, no accents).
var stageAux = map[string]map[string]bool{
	"en": {"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "been": true},
	"fr": {"a": true, "ont": true, "avait": true, "avaient": true, "est": true, "sont": true, "ete": true, "etait": true, "etaient": true},
	"es": {"ha": true, "han": true, "habia": true, "habian": true, "fue": true, "fueron": true, "sido": true, "es": true, "son": true},
	"de": {"ist": true, "sind": true, "war": true, "waren": true, "wurde": true, "wurden": true, "hat": true, "haben": true, "hatte": true, "hatten": true, "sei": true, "seien": true, "worden": true},
}

// stageRelative open a relative clause about the system (relativeWords
// and the words that double as articles or conjunctions).
var stageRelative = map[string]bool{"that": true, "which": true, "who": true, "qui": true, "que": true, "dont": true, "lesquels": true, "lesquelles": true,
	"cuyo": true, "cuyos": true, "cuales": true, "quienes": true, "die": true, "der": true, "das": true, "welche": true}
