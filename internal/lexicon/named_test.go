package lexicon

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// namedKinds are the kinds a named.tsv row may have.
var namedKinds = map[string]bool{
	"program": true, "organization": true, "agency": true, "maker": true, "exercise": true,
}

var namedSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// namedFoldRunes maps the accented Latin letters and the Arabic letter
// variants that appear in names to their plain forms.
var namedFoldRunes = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y",
	'ğ': "g", 'ş': "s", 'ł': "l", 'ß': "ss", 'œ': "oe", 'æ': "ae",
	'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ى': "ي", 'ة': "ه", 'ؤ': "و", 'ئ': "ي",
}

// namedFold is the key under which two aliases count as the same: lower
// case, no accents or Arabic vowel marks, punctuation turned into spaces.
func namedFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.Is(unicode.Mn, r) || r == 'ـ' {
			continue
		}
		if f, ok := namedFoldRunes[r]; ok {
			b.WriteString(f)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space && b.Len() > 0 {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

func namedLexicon(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return l
}

// namedIndex maps every folded name and alias to its id.
func namedIndex(l *Lexicon) map[string]string {
	idx := map[string]string{}
	for _, n := range l.Named {
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			idx[namedFold(a)] = n.ID
		}
	}
	return idx
}

func TestNamedFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Forum mondial de lutte contre le terrorisme", "forum mondial de lutte contre le terrorisme"},
		{"Département d'État", "departement d etat"},
		{"U.S. Congress", "u s congress"},
		{"Lürssen", "lurssen"},
		{"TUSAŞ", "tusas"},
		{"Anadolu Kartalı", "anadolu kartali"},
		{"Pratt & Whitney", "pratt whitney"},
		{"الاتحاد الأفريقي", "الاتحاد الافريقي"},
		{"الاتحاد الإفريقي", "الاتحاد الافريقي"},
		{"حلفُ الناتو", "حلف الناتو"},
		{"  CTF-150 ", "ctf 150"},
	}
	for _, tt := range tests {
		if got := namedFold(tt.in); got != tt.want {
			t.Errorf("namedFold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNamedWellFormed(t *testing.T) {
	l := namedLexicon(t)
	if len(l.Named) < 250 {
		t.Fatalf("named.tsv has %d rows, want at least 250", len(l.Named))
	}
	seen := map[string]bool{}
	kinds := map[string]int{}
	ids := make([]string, 0, len(l.Named))
	for _, n := range l.Named {
		ids = append(ids, n.ID)
		if !namedSlug.MatchString(n.ID) {
			t.Errorf("id %q is not a lowercase slug", n.ID)
		}
		if seen[n.ID] {
			t.Errorf("id %q appears twice", n.ID)
		}
		seen[n.ID] = true
		if !namedKinds[n.Kind] {
			t.Errorf("%s: kind %q is not one of program, organization, agency, maker, exercise", n.ID, n.Kind)
		}
		kinds[n.Kind]++
		if n.Name == "" {
			t.Errorf("%s: empty name", n.ID)
		}
		if len(n.Aliases) == 0 {
			t.Errorf("%s: no aliases", n.ID)
		}
		for _, a := range n.Aliases {
			if namedFold(a) == "" {
				t.Errorf("%s: alias %q has no letters", n.ID, a)
			}
		}
		if got, ok := l.NamedEntry(n.ID); !ok || got.Kind != n.Kind {
			t.Errorf("NamedEntry(%q) = %+v, %v", n.ID, got, ok)
		}
	}
	if !sort.StringsAreSorted(ids) {
		t.Errorf("named.tsv is not sorted by id")
	}
	minimum := map[string]int{"program": 35, "organization": 50, "agency": 35, "maker": 100, "exercise": 30}
	for k, want := range minimum {
		if kinds[k] < want {
			t.Errorf("%d rows of kind %s, want at least %d", kinds[k], k, want)
		}
	}
}

func TestNamedAliasesUnambiguous(t *testing.T) {
	l := namedLexicon(t)
	owner := map[string]string{}
	for _, n := range l.Named {
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			k := namedFold(a)
			if prev, ok := owner[k]; ok && prev != n.ID {
				t.Errorf("alias %q (%q) names both %s and %s", a, k, prev, n.ID)
			}
			owner[k] = n.ID
		}
	}
}

// Short Latin aliases are acronyms; written in capitals they can be matched
// case-sensitively, so "AU" and "UN" do not fire on French "au" and "un".
// An alias mixing Arabic and Latin letters is a typing slip.
func TestNamedAliasShapes(t *testing.T) {
	l := namedLexicon(t)
	for _, n := range l.Named {
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			letters, upper, arabic, latin := 0, 0, 0, 0
			for _, r := range a {
				switch {
				case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
					arabic++
					letters++
				case unicode.IsLetter(r):
					latin++
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
			if arabic > 0 && latin > 0 {
				t.Errorf("%s: alias %q mixes Arabic and Latin letters", n.ID, a)
			}
			if latin > 0 && letters <= 4 && upper == 0 {
				t.Errorf("%s: short alias %q should be written as a capitalised acronym", n.ID, a)
			}
			if strings.TrimSpace(a) != a || strings.Contains(a, "  ") {
				t.Errorf("%s: alias %q has stray spaces", n.ID, a)
			}
		}
	}
}

// Programs, organisations and agencies are named in Arabic news too.
func TestNamedArabicCoverage(t *testing.T) {
	l := namedLexicon(t)
	for _, n := range l.Named {
		if n.Kind == "maker" || n.Kind == "exercise" {
			continue
		}
		found := false
		for _, a := range n.Aliases {
			for _, r := range a {
				if unicode.Is(unicode.Arabic, r) {
					found = true
					break
				}
			}
		}
		if !found {
			t.Errorf("%s %s has no Arabic alias", n.Kind, n.ID)
		}
	}
}

func TestNamedSpotChecks(t *testing.T) {
	l := namedLexicon(t)
	idx := namedIndex(l)
	tests := []struct{ alias, id, kind string }{
		{"IMET", "imet", "program"},
		{"formation et entraînement militaire international", "imet", "program"},
		{"التعليم والتدريب العسكري الدولي", "imet", "program"},
		{"Educación y Entrenamiento Militar Internacional", "imet", "program"},
		{"FMS", "fms", "program"},
		{"ventes militaires à l'étranger", "fms", "program"},
		{"المبيعات العسكرية الخارجية", "fms", "program"},
		{"Financiamiento Militar Extranjero", "fmf", "program"},
		{"EDA", "excess-defense-articles", "program"},
		{"Facilité européenne pour la paix", "epf", "program"},
		{"Section 333", "section-333", "program"},
		{"Forum mondial de lutte contre le terrorisme", "gctf", "organization"},
		{"Foro Global contra el Terrorismo", "gctf", "organization"},
		{"coalition mondiale contre Daech", "global-coalition-daesh", "organization"},
		{"التحالف الدولي ضد داعش", "global-coalition-daesh", "organization"},
		{"Coalición Internacional contra el Estado Islámico", "global-coalition-daesh", "organization"},
		{"OTAN", "nato", "organization"},
		{"حلف شمال الأطلسي", "nato", "organization"},
		{"allié majeur non membre de l'OTAN", "mnna", "organization"},
		{"Partenariat transsaharien de lutte contre le terrorisme", "tsctp", "organization"},
		{"CEDEAO", "ecowas", "organization"},
		{"مجلس التعاون الخليجي", "gcc", "organization"},
		{"Alliance des États du Sahel", "aes", "organization"},
		{"Union africaine", "au", "organization"},
		{"Forces armées royales", "royal-armed-forces-morocco", "organization"},
		{"DSCA", "dsca", "agency"},
		{"وكالة التعاون الأمني الدفاعي", "dsca", "agency"},
		{"Agencia de Cooperación para la Seguridad de la Defensa", "dsca", "agency"},
		{"Bureau des affaires politiques et militaires", "pm-bureau", "agency"},
		{"Département d'État", "state-department", "agency"},
		{"AFRICOM", "africom", "agency"},
		{"Rosoboronexport", "rosoboronexport", "agency"},
		{"Baykar", "baykar", "maker"},
		{"Lockheed Martin", "lockheed-martin", "maker"},
		{"Nexter", "knds-france", "maker"},
		{"لوكهيد مارتن", "lockheed-martin", "maker"},
		{"African Lion", "african-lion", "exercise"},
		{"الأسد الإفريقي", "african-lion", "exercise"},
		{"León Africano", "african-lion", "exercise"},
		{"Eager Lion", "eager-lion", "exercise"},
		{"exercice Chergui", "chergui", "exercise"},
		{"Mobiles Training Team", "mobile-training-team", "program"},
		{"MTT", "mobile-training-team", "program"},
		{"HDW", "tkms", "maker"},
		{"Flensburger Fahrzeugbau", "flensburger-fahrzeugbau", "maker"},
	}
	for _, tt := range tests {
		id, ok := idx[namedFold(tt.alias)]
		if !ok {
			t.Errorf("alias %q is not in named.tsv", tt.alias)
			continue
		}
		if id != tt.id {
			t.Errorf("alias %q -> %s, want %s", tt.alias, id, tt.id)
			continue
		}
		n, ok := l.NamedEntry(id)
		if !ok || n.Kind != tt.kind {
			t.Errorf("alias %q -> %s of kind %q, want %q", tt.alias, id, n.Kind, tt.kind)
		}
	}
}

// Words that must never be an alias on their own: too common in prose.
func TestNamedNoOrdinaryWords(t *testing.T) {
	l := namedLexicon(t)
	banned := []string{
		"PM", "Amnesty", "Patria", "Rafael", "Red Flag", "Sea Breeze", "Pitch Black",
		"Peace Mission", "Swift Response", "Diamond", "Paramount", "Bell", "Congress",
		"Security Council", "Peacekeeping Operations", "AED", "UA", "BEL", "ICI",
	}
	idx := namedIndex(l)
	for _, w := range banned {
		if id, ok := idx[namedFold(w)]; ok {
			t.Errorf("%q alone names %s; it fires on ordinary prose", w, id)
		}
	}
}
