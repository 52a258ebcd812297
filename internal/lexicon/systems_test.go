package lexicon

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

var (
	slugRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	originRe = regexp.MustCompile(`^[A-Z]{2}$`)
)

// aliasKey is how two names of systems are compared: case-insensitively,
// ignoring spaces, hyphens and slashes ("F-16" = "F16" = "f 16").
func aliasKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsSpace(r) || r == '-' || r == '/' || r == '‐' || r == '–' || r == '—' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sharedOnPurpose lists alias keys that may name several systems. Empty:
// every name, designation and alias resolves to exactly one system.
var sharedOnPurpose = map[string]bool{}

// systemIndex maps the key of every name, designation and alias to the ids
// of the systems it names.
func systemIndex(l *Lexicon) map[string][]string {
	idx := map[string][]string{}
	add := func(text, id string) {
		k := aliasKey(text)
		for _, have := range idx[k] {
			if have == id {
				return
			}
		}
		idx[k] = append(idx[k], id)
	}
	for _, s := range l.Systems {
		add(s.Name, s.ID)
		if s.Designation != "" {
			add(s.Designation, s.ID)
		}
		for _, a := range s.Aliases {
			add(a, s.ID)
		}
	}
	return idx
}

func TestSystemsWellFormed(t *testing.T) {
	l := Default()
	if n := len(l.Systems); n < 450 {
		t.Fatalf("catalogue has %d systems, want at least 450", n)
	}
	seen := map[string]bool{}
	for i, s := range l.Systems {
		if !slugRe.MatchString(s.ID) {
			t.Errorf("system %q: id is not a lower-case slug", s.ID)
		}
		if seen[s.ID] {
			t.Errorf("system %q: duplicate id", s.ID)
		}
		seen[s.ID] = true
		if i > 0 && l.Systems[i-1].ID >= s.ID {
			t.Errorf("systems.tsv not sorted by id: %q before %q", l.Systems[i-1].ID, s.ID)
		}
		if strings.TrimSpace(s.Name) == "" {
			t.Errorf("system %q: empty name", s.ID)
		}
		if !domain.IsCategory(s.Category) {
			t.Errorf("system %q: category %q is not a contract category", s.ID, s.Category)
		}
		if !originRe.MatchString(s.Origin) {
			t.Errorf("system %q: origin %q is not an alpha-2 code", s.ID, s.Origin)
		}
		if strings.TrimSpace(s.Maker) == "" {
			t.Errorf("system %q: empty maker", s.ID)
		}
		if len(s.Aliases) == 0 {
			t.Errorf("system %q: no aliases", s.ID)
		}
		for _, a := range s.Aliases {
			if aliasKey(a) == "" || strings.ContainsAny(a, "\t?") {
				t.Errorf("system %q: malformed alias %q", s.ID, a)
			}
		}
		if got, ok := l.System(s.ID); !ok || got.Name != s.Name {
			t.Errorf("System(%q) = %+v, %v", s.ID, got, ok)
		}
	}
}

func TestSystemAliasesResolveToOneSystem(t *testing.T) {
	for k, ids := range systemIndex(Default()) {
		if len(ids) > 1 && !sharedOnPurpose[k] {
			sort.Strings(ids)
			t.Errorf("%q names several systems: %v", k, ids)
		}
	}
}

// Bare common words name too many things; systems carry them only inside a
// longer alias ("Eurocopter Tiger", "Fighting Falcon", "Puma IFV").
// "Typhoon" is not among them: capitalised, it is the Eurofighter in news of
// the arms trade in every language (French "typhon", German "Taifun" and
// Spanish "tifón" name the storm), and the longer names of other Typhoons
// ("Typhoon MRAP", "Typhoon RWS", "Ural Typhoon") win as longest matches.
func TestSystemAliasesAreSpecific(t *testing.T) {
	banned := []string{
		"Falcon", "Tiger", "Eagle", "Puma", "Cobra", "Lynx", "Hawk", "Viper",
		"Panther", "Leopard", "Jaguar", "Griffon", "Caracal", "Orion", "Sentinel", "Hunter",
		"Warrior", "Thunder", "Lightning", "Guardian", "Dragon", "Scorpion", "Shadow", "Raven",
		"Lancet", "Coyote", "Spear", "Ajax", "Arma", "Galil", "Negev", "Juan Carlos I", "FDI",
	}
	bad := map[string]bool{}
	for _, b := range banned {
		bad[b] = true
	}
	for _, s := range Default().Systems {
		for _, a := range append([]string{s.Name, s.Designation}, s.Aliases...) {
			if bad[a] {
				t.Errorf("system %q: alias %q is too ambiguous on its own", s.ID, a)
			}
		}
	}
}

func TestSystemAliasSpotChecks(t *testing.T) {
	idx := systemIndex(Default())
	cases := []struct{ alias, id string }{
		// en
		{"HIMARS", "m142-himars"},
		{"high mobility artillery rocket systems", "m142-himars"},
		{"AH-64E Apache Guardian", "ah-64-apache"},
		{"F16", "f-16"},
		{"F-16 Block 70", "f-16-block-70-72"},
		{"F-16 Viper", "f-16-block-70-72"},
		{"PAC-3 MSE", "pac-3-mse"},
		{"Patriot", "mim-104-patriot"},
		{"AGM-114R2", "agm-114-hellfire"},
		{"M31A1", "gmlrs-m31"},
		{"GMLRS alternative warhead", "gmlrs-m30"},
		{"M403", "er-gmlrs-m403"},
		{"M404", "er-gmlrs-m404"},
		{"M57 ATACMS", "atacms"},
		{"army tactical missile systems", "atacms"},
		{"Ku band multi-function radio frequency system", "kurfs"},
		{"CH-47F Block II", "ch-47-chinook"},
		{"T55-GA-714A", "t55-engine"},
		{"T-55", "t-55"},
		{"Common Missile Warning System", "an-aar-57-cmws"},
		{"OT-228/U", "circm"},
		{"AN/APR-39E", "an-apr-39"},
		{"Gripen E/F", "gripen"},
		{"SCALP-EG", "storm-shadow"},
		{"HVGP", "hvgp"},
		{"IFATDS", "ifatds"},
		{"AFATDS", "afatds"},
		{"M88A2 Hercules", "m88-arv"},
		{"M88-2", "m88-engine"},
		{"F110-GE-129", "f110-engine"},
		{"Leopard 2A8", "leopard-2a8"},
		{"EA-18G", "ea-18g-growler"},
		{"Bayraktar TB2", "bayraktar-tb2"},
		// fr
		{"lance-roquettes HIMARS", "m142-himars"},
		{"char Leclerc", "leclerc"},
		{"sous-marin Scorpène", "scorpene"},
		{"canon CAESAR", "caesar"},
		{"VBCI", "vbci"},
		{"frégates de défense et d'intervention", "fdi"},
		// es
		{"fragata F-110", "f-110"},
		{"carro de combate Leopard 2E", "leopard-2"},
		{"corbetas Avante 2200", "avante-2200"},
		// ar
		{"هيمارس", "m142-himars"},
		{"أباتشي", "ah-64-apache"},
		{"إف-16", "f-16"},
		{"إف-35", "f-35"},
		{"باتريوت", "mim-104-patriot"},
		{"رافال", "rafale"},
		{"إس-400", "s-400"},
		{"سو-35", "su-35"},
		{"بيرقدار تي بي 2", "bayraktar-tb2"},
		{"تاو", "bgm-71-tow"},
		{"شينوك", "ch-47-chinook"},
		// lexicon round 4, one or more per category
		{"AW129D", "a129-mangusta"},
		{"Shenyang J-16", "j-16"},
		{"Su-75 Checkmate", "su-75"},
		{"Bayraktar Mini UAV", "bayraktar-mini"},
		{"Hermes 650 Spark", "hermes-650"},
		{"ZBD-05", "vn18"},
		{"BOV M16 Miloš", "lazar-3"},
		{"K136A1", "k136-kooryong"},
		{"2S43 Malva", "2s43-malva"},
		{"Derivatsiya-PVO", "2s38-derivatsiya"},
		{"Sky Bow III", "tien-kung"},
		{"P-270 Moskit", "p-270-moskit"},
		{"SS-N-22 Sunburn", "p-270-moskit"},
		{"R.550 Magic 2", "magic-2"},
		{"FP-5 Flamingo", "flamingo-fp-5"},
		{"Sapsan ballistic missile", "hrim-2"},
		{"Khorramshahr-4", "khorramshahr"},
		{"Zelzal-2", "zelzal"},
		{"FL-3000N", "hq-10"},
		{"Project 12322", "zubr"},
		{"Broadsword-class", "type-22"},
		{"Combat Boat 90", "cb90"},
		{"Tp 62", "saab-torpedoes"},
		{"M151 CROWS", "kongsberg-protector"},
		{"Irbis-E", "russian-fighter-radars"},
		{"Ridgeback PPV", "mastiff"},
		{"Magach 7", "m60-patton"},
		{"missiles Orechnik", "oreshnik"},
		{"Oreschnik-Raketen", "oreshnik"},
		{"fragatas clase Knox", "knox-class"},
		{"frégates de surveillance Floréal", "floreal-class"},
		{"صاروخ خرمشهر", "khorramshahr"},
		{"أوريشنيك", "oreshnik"},
		{"موسكيت", "p-270-moskit"},
		{"جوباريا", "jobaria"},
		{"PZL-130TC-II Orlik", "pzl-130-orlik"},
		{"V-150 Commando", "cadillac-gage-commando"},
		{"M-77 Oganj", "m-77-oganj"},
		{"SA-5 Gammon", "s-200"},
		{"Spoon Rest D", "p-18-radar"},
		{"Tin Shield", "st-68"},
		{"Gwanggaeto the Great-class", "kdx"},
		{"إس-200", "s-200"},
		{"معراج-532", "meraj-532"},
	}
	for _, c := range cases {
		ids := idx[aliasKey(c.alias)]
		if len(ids) != 1 || ids[0] != c.id {
			t.Errorf("%q resolves to %v, want [%s]", c.alias, ids, c.id)
		}
	}
	// the ids the brief of the catalogue names must exist
	for _, id := range []string{"f-16", "ah-64-apache", "ea-18g-growler", "fa-18ef-super-hornet", "meteor",
		"taurus-kepd-350", "an-arc-231", "rafale", "gripen"} {
		if _, ok := Default().System(id); !ok {
			t.Errorf("system %q missing", id)
		}
	}
}

func TestSystemCategoriesCovered(t *testing.T) {
	n := map[string]int{}
	for _, s := range Default().Systems {
		n[s.Category]++
	}
	for _, c := range domain.Categories {
		if n[c] == 0 {
			t.Errorf("no system of category %q", c)
		}
	}
}

func TestGenericWords(t *testing.T) {
	l := Default()
	if len(l.Generics) < 100 {
		t.Fatalf("only %d generic words", len(l.Generics))
	}
	langs := map[string]bool{"en": true, "fr": true, "es": true, "ar": true, "de": true}
	seen := map[[2]string]bool{}
	perLang := map[string]int{}
	for _, g := range l.Generics {
		if !langs[g.Lang] {
			t.Errorf("generic %q: language %q", g.Text, g.Lang)
		}
		if !domain.IsCategory(g.Category) {
			t.Errorf("generic %q: category %q is not a contract category", g.Text, g.Category)
		}
		if strings.TrimSpace(g.Text) == "" {
			t.Errorf("empty generic word in %s", g.Lang)
		}
		k := [2]string{g.Lang, g.Text}
		if seen[k] {
			t.Errorf("generic %s %q listed twice", g.Lang, g.Text)
		}
		seen[k] = true
		perLang[g.Lang]++
	}
	for lang := range langs {
		if perLang[lang] < 30 {
			t.Errorf("%s has only %d generic words", lang, perLang[lang])
		}
	}
	want := []struct{ lang, text, cat string }{
		{"en", "radars", "sensors"},
		{"en", "attack helicopters", "aircraft"},
		{"en", "armoured vehicles", "armoured-vehicles"},
		{"en", "air defence systems", "air-defence"},
		{"fr", "blindés", "armoured-vehicles"},
		{"fr", "sous-marins", "ships"},
		{"fr", "munitions", "ammunition"},
		{"es", "carros de combate", "armoured-vehicles"},
		{"es", "helicópteros", "aircraft"},
		{"ar", "دبابات", "armoured-vehicles"},
		{"ar", "طائرات مسيرة", "aircraft"},
		{"ar", "منظومات دفاع جوي", "air-defence"},
		{"de", "Kampfpanzer", "armoured-vehicles"},
		{"de", "Panzerhaubitzen", "artillery"},
		{"de", "Marschflugkörper", "missiles"},
		{"de", "Luftverteidigungssysteme", "air-defence"},
		{"de", "U-Boote", "ships"},
	}
	cat := map[[2]string]string{}
	for _, g := range l.Generics {
		cat[[2]string{g.Lang, g.Text}] = g.Category
	}
	for _, w := range want {
		if got := cat[[2]string{w.lang, w.text}]; got != w.cat {
			t.Errorf("generic %s %q has category %q, want %q", w.lang, w.text, got, w.cat)
		}
	}
}

// TestArabicAliasesNoWordAndNumber: an Arabic alias is not an ordinary
// short word followed by a number alone, which the text writes for a date
// or a count ("في 22 مارس", "أن 124 جنديا"): the V-22's "في-22" and the
// An-124's "أن-124" made Osprey and Antonov sales of both.
func TestArabicAliasesNoWordAndNumber(t *testing.T) {
	words := map[string]bool{"في": true, "أن": true, "ان": true, "إن": true, "من": true, "على": true, "عن": true,
		"إلى": true, "الى": true, "مع": true, "ما": true, "لا": true, "لم": true, "قد": true, "كل": true, "أو": true,
		"او": true, "ثم": true, "له": true, "به": true, "كان": true, "تم": true, "منذ": true, "بعد": true, "قبل": true}
	for _, s := range Default().Systems {
		for _, a := range s.Aliases {
			f := strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' })
			if len(f) == 2 && words[f[0]] && strings.Trim(f[1], "0123456789٠١٢٣٤٥٦٧٨٩") == "" {
				t.Errorf("system %q: Arabic alias %q is a word and a number", s.ID, a)
			}
		}
	}
}
