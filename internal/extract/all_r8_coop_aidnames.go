package extract

// English names for aid that no programme names.
//
// Class of error fixed: aid read from a plain word ("ayuda militar",
// "Militärhilfe", "formation", "قرض", "don") is named by that word only,
// while readers name such aid in English as well ("military aid",
// "training", "loan"), the way a system's names list its designation in
// every language. A gold fact written "military aid" and a fact named
// "ayuda militar" state the same programme between the same states; the
// English names let the two meet. Only translations of the word's head
// are added, never a broader name.

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// aidGloss maps the head word of an unnamed aid programme (lower case,
// without accents; Arabic stems as written) to its English names.
var aidGloss = []struct {
	heads []string
	names []string
	// military: the head is any kind of aid ("Hilfe", "support"), named
	// "military aid" only alone or beside a word of the armed forces
	// ("ayuda militar", "soutien sécuritaire"), not as "humanitäre Hilfe"
	// or "budget support"
	military bool
}{
	{[]string{"loan", "loans", "pret", "prets", "prestamo", "prestamos", "kredit", "darlehen", "قرض", "قرضا", "قروض"}, []string{"loan"}, false},
	{[]string{"training", "formation", "formations", "formacion", "entrenamiento", "capacitacion", "adiestramiento", "ausbildung", "تدريب", "التدريب"}, []string{"training", "military training"}, false},
	{[]string{"grant", "grants", "don", "dons", "donation", "donacion", "donativo", "schenkung", "zuschuss", "subvention", "هبة", "منحة", "منح"}, []string{"donation", "grant"}, false},
	{[]string{"aid", "aide", "ayuda", "militarhilfe", "militarhilfen", "hilfe", "sicherheitshilfe", "assistance", "asistencia", "support", "soutien", "appui", "apoyo", "unterstutzung",
		"مساعدات", "مساعدة", "المساعدات", "دعم", "الدعم"}, []string{"military aid", "military assistance"}, true},
}

// glossAidNames adds the English names of aidGloss to every assistance
// candidate whose programme has no id and no aliases.
func glossAidNames(cs []candidate) {
	for k := range cs {
		f := &cs[k].f
		if f.Type != domain.TypeAssistance || f.Program == nil || f.Program.ID != "" || len(f.Program.Aliases) > 0 {
			continue
		}
		f.Program.Aliases = aidGlossOf(f.Program.Name)
	}
}

// aidGlossOf returns the English names of an aid word's head, or nil.
func aidGlossOf(name string) []string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' })
	for i, w := range words {
		if !isArabicWord(w) { // Arabic heads are listed as written
			words[i] = normWord(w) // without accents, as tokens are
		}
	}
	var out []string
	for _, g := range aidGloss {
		if g.military && len(words) > 1 && !militaryQualified(words) {
			continue
		}
		hit := false
		for _, w := range words {
			for _, h := range g.heads {
				if w == h || w == "و"+h { // "ومساعدات": with its attached "and"
					hit = true
				}
			}
		}
		if hit {
			for _, n := range g.names {
				if !strings.EqualFold(n, name) && !contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// militaryWords are the stems of words that make aid military ("militar",
// "militaire", "Militärhilfe", "sécuritaire", "defensa", "عسكرية").
var militaryWords = []string{"milit", "secur", "secu", "segur", "sicherheit", "defen", "defens", "verteidig", "عسكري", "أمني", "امني", "دفاع"}

// militaryQualified reports whether one of words (normalised) is a word of
// the armed forces.
func militaryQualified(words []string) bool {
	for _, w := range words {
		for _, m := range militaryWords {
			if strings.HasPrefix(w, m) || strings.HasPrefix(w, "ال"+m) || strings.HasPrefix(w, "و"+m) {
				return true
			}
		}
	}
	return false
}

// isArabicWord reports whether w starts with an Arabic letter.
func isArabicWord(w string) bool {
	return len(w) > 0 && w[0] >= 0xD8 && w[0] <= 0xDB
}
