package extract

import (
	"strings"
	"unicode/utf8"
)

// germanCases gives the declined forms of a German state's name that the
// lexicon lists in the nominative: the genitive of a name without article
// ("Israels Marine", "Deutschlands Rüstungsexporte", "Saudi-Arabiens"),
// and the forms after an article in the dative or genitive ("den
// Vereinigten Arabischen Emiraten", "den Niederlanden", "der Vereinigten
// Staaten", "dem Vereinigten Königreich", "der Dominikanischen Republik").
func germanCases(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 || !isCapitalised(name) {
		return nil
	}
	var out []string
	last := words[len(words)-1]
	end, _ := utf8.DecodeLastRuneInString(last)
	if len(words) == 1 && !isUpperWord(last) && !strings.ContainsRune("sxzßeSXZ", end) && !strings.HasSuffix(last, "ei") {
		out = append(out, last+"s") // "Israels", "Ägyptens", "Saudi-Arabiens"
	}
	if len(words) == 1 && strings.HasSuffix(last, "lande") {
		out = append(out, last+"n") // "den Niederlanden"
	}
	if len(words) > 1 {
		// adjectives before the noun take -en: "Vereinigte" -> "Vereinigten"
		adj := make([]string, len(words))
		copy(adj, words)
		changed := false
		for k := 0; k < len(adj)-1; k++ {
			switch {
			case strings.HasSuffix(adj[k], "es"):
				adj[k] = strings.TrimSuffix(adj[k], "es") + "en"
				changed = true
			case strings.HasSuffix(adj[k], "e"):
				adj[k] += "n"
				changed = true
			}
		}
		if changed {
			base := strings.Join(adj, " ")
			out = append(out, base)
			switch {
			case strings.HasSuffix(last, "e"):
				out = append(out, base+"n") // "Emirate" -> "Emiraten"
			case strings.HasSuffix(last, "reich"):
				out = append(out, base+"s") // "des Vereinigten Königreichs"
			}
		}
	}
	return out
}
