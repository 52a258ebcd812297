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
}{
	{[]string{"loan", "loans", "pret", "prets", "prestamo", "prestamos", "kredit", "darlehen", "قرض", "قرضا", "قروض"}, []string{"loan"}},
	{[]string{"training", "formation", "formations", "formacion", "entrenamiento", "capacitacion", "adiestramiento", "ausbildung", "تدريب", "التدريب"}, []string{"training", "military training"}},
	{[]string{"grant", "grants", "don", "dons", "donation", "donacion", "donativo", "schenkung", "zuschuss", "subvention", "هبة", "منحة", "منح"}, []string{"donation", "grant"}},
	{[]string{"aid", "aide", "ayuda", "militarhilfe", "militarhilfen", "hilfe", "sicherheitshilfe", "assistance", "asistencia", "support", "soutien", "appui", "apoyo", "unterstutzung",
		"مساعدات", "مساعدة", "المساعدات", "دعم", "الدعم"}, []string{"military aid", "military assistance"}},
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
	words := strings.FieldsFunc(foldLatin(strings.ToLower(name)), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' })
	var out []string
	for _, g := range aidGloss {
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

// foldLatin drops the accents of Latin letters.
func foldLatin(s string) string {
	r := strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
		"í", "i", "î", "i", "ï", "i", "ó", "o", "ô", "o", "ö", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c", "ñ", "n")
	return r.Replace(s)
}
