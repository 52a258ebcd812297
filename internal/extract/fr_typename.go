package extract

// frTypeWord reports whether toks[s] is the French word "type" or
// "modèle" after "de"/"du" that stands between a weapon noun and the
// one-word name of its model: "treize blindés de type Mamba", "des
// avions du type Alpha", "des vedettes de modèle Defender". Like "de
// classe Aquitaine", the capitalised word after it names the system
// (designations.go reads it as it reads a class name).
func frTypeWord(toks []token, s int, lang string) bool {
	if lang != "fr" || s < 1 {
		return false
	}
	switch toks[s].norm {
	case "type", "modele":
	default:
		return false
	}
	p := toks[s-1].norm
	return p == "de" || p == "du"
}
