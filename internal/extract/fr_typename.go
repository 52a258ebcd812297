package extract

// typeWord reports whether toks[s] is the word for "type" or "model" that
// stands between a weapon noun and the one-word name of its model: French
// after "de"/"du" ("treize blindés de type Mamba", "des avions du type
// Alpha", "des vedettes de modèle Defender"), Spanish on its own
// ("patrulleras tipo Tulin", "fragatas modelo Lupo"). Like "de classe
// Aquitaine", the capitalised word after it names the system
// (designations.go reads it as it reads a class name).
func typeWord(toks []token, s int, lang string) bool {
	switch lang {
	case "fr":
		if s < 1 || toks[s].norm != "type" && toks[s].norm != "modele" {
			return false
		}
		p := toks[s-1].norm
		return p == "de" || p == "du"
	case "es":
		return toks[s].norm == "tipo" || toks[s].norm == "modelo"
	}
	return false
}
