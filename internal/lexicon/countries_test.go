package lexicon

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// foldAccents maps the accented Latin letters used in the data files to
// their base letters, so that aliases can be compared without accents.
var foldAccents = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ă", "a", "ā", "a",
	"ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i",
	"ñ", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ș", "s", "ß", "ss",
	"’", "'",
)

func foldAlias(s string) string {
	return foldAccents.Replace(strings.ToLower(strings.TrimSpace(s)))
}

func mustLoad(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return l
}

func TestFoldAlias(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"États-Unis", "etats-unis"},
		{"Algérie", "algerie"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Türkiye", "turkiye"},
		{"المغرب", "المغرب"},
	} {
		if got := foldAlias(tc.in); got != tc.want {
			t.Errorf("foldAlias(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCountriesWellFormed(t *testing.T) {
	l := mustLoad(t)
	if n := len(l.Countries); n < 249 {
		t.Fatalf("%d countries, want at least 249", n)
	}
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	alpha3 := regexp.MustCompile(`^[A-Z]{3}$`)
	regions := map[string]bool{"africa": true, "americas": true, "asia": true, "europe": true, "oceania": true}
	has := map[string]map[string]bool{} // code -> lang -> has a name row
	for _, a := range l.CountryNames {
		if a.Kind != "name" {
			continue
		}
		if has[a.ID] == nil {
			has[a.ID] = map[string]bool{}
		}
		has[a.ID][a.Lang] = true
	}
	seen := map[string]bool{}
	for _, c := range l.Countries {
		if !code.MatchString(c.Code) {
			t.Errorf("bad code %q", c.Code)
		}
		if seen[c.Code] {
			t.Errorf("duplicate code %q", c.Code)
		}
		seen[c.Code] = true
		if !alpha3.MatchString(c.Alpha3) {
			t.Errorf("%s: bad alpha3 %q", c.Code, c.Alpha3)
		}
		if c.Name == "" {
			t.Errorf("%s: no English name", c.Code)
		}
		if c.Code == "AQ" {
			if c.Region != "" {
				t.Errorf("AQ has region %q, want none", c.Region)
			}
		} else if !regions[c.Region] || c.Subregion == "" {
			t.Errorf("%s: region %q subregion %q", c.Code, c.Region, c.Subregion)
		}
		for _, lang := range []string{"en", "fr", "ar", "es"} {
			if !has[c.Code][lang] {
				t.Errorf("%s: no %s name row", c.Code, lang)
			}
		}
	}
}

func TestCountryNamesValid(t *testing.T) {
	l := mustLoad(t)
	kinds := map[string]bool{"name": true, "variant": true, "demonym": true, "capital": true, "metonym": true}
	langs := map[string]bool{"en": true, "fr": true, "ar": true, "es": true, "de": true, "pt": true, "*": true}
	if n := len(l.CountryNames); n < 4000 {
		t.Errorf("%d country name rows, want at least 4000", n)
	}
	type key struct{ id, lang, kind, text string }
	dup := map[key]bool{}
	for _, a := range l.CountryNames {
		if _, ok := l.Country(a.ID); !ok {
			t.Errorf("name %q names unknown code %q", a.Text, a.ID)
		}
		if !kinds[a.Kind] {
			t.Errorf("%s %q: bad kind %q", a.ID, a.Text, a.Kind)
		}
		if !langs[a.Lang] {
			t.Errorf("%s %q: bad lang %q", a.ID, a.Text, a.Lang)
		}
		if a.Text == "" || strings.ContainsAny(a.Text, "|\t") {
			t.Errorf("%s: bad text %q", a.ID, a.Text)
		}
		k := key{a.ID, a.Lang, a.Kind, a.Text}
		if dup[k] {
			t.Errorf("duplicate row %v", k)
		}
		dup[k] = true
	}
}

// aliasAllowList holds (lang, folded text) pairs that may name two
// countries. It is empty: ambiguous names are left out of the data.
var aliasAllowList = map[[2]string]bool{}

func TestCountryAliasesUnambiguous(t *testing.T) {
	l := mustLoad(t)
	owner := map[[2]string]string{}
	for _, a := range l.CountryNames {
		k := [2]string{a.Lang, foldAlias(a.Text)}
		if prev, ok := owner[k]; ok && prev != a.ID && !aliasAllowList[k] {
			t.Errorf("%s %q names both %s and %s", a.Lang, a.Text, prev, a.ID)
			continue
		}
		owner[k] = a.ID
	}
}

func TestRegionNamesUnambiguous(t *testing.T) {
	l := mustLoad(t)
	owner := map[string]string{}
	for _, a := range l.RegionNames {
		k := strings.ToLower(a.Text)
		if prev, ok := owner[k]; ok && prev != a.ID {
			t.Errorf("region name %q names both %s and %s", a.Text, prev, a.ID)
		}
		owner[k] = a.ID
		if len(l.Members(a.ID)) == 0 {
			t.Errorf("region %q (%s) has no members", a.ID, a.Text)
		}
	}
	for _, lang := range []string{"en", "fr", "ar", "es"} {
		for _, id := range []string{"africa", "northern-africa", "sub-saharan-africa", "mena", "middle-east", "maghreb", "sahel", "gulf", "gcc", "eu", "nato", "asean", "au", "ecowas", "g5-sahel", "latin-america", "balkans", "caucasus", "horn-of-africa"} {
			found := false
			for _, a := range l.RegionNames {
				if a.ID == id && a.Lang == lang {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("region %s has no %s name", id, lang)
			}
		}
	}
}

func TestRegionMembersExist(t *testing.T) {
	l := mustLoad(t)
	for _, id := range l.Regions() {
		for _, c := range l.Members(id) {
			if _, ok := l.Country(c); !ok {
				t.Errorf("region %s: unknown member %q", id, c)
			}
		}
		if m := l.Members(id); !slices.IsSorted(m) || len(slices.Compact(slices.Clone(m))) != len(m) {
			t.Errorf("region %s: members not sorted or duplicated: %v", id, m)
		}
	}
}

func TestMembersSpotChecks(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct {
		region string
		in     []string
		out    []string
		size   int // 0: not checked
	}{
		{"africa", []string{"MA", "EG", "ZA", "NG"}, []string{"FR", "SA"}, 0},
		{"northern-africa", []string{"MA", "DZ", "TN", "LY", "EG", "SD", "EH"}, []string{"MR", "ML"}, 0},
		{"sub-saharan-africa", []string{"ML", "NE", "NG", "KE", "ZA", "CD", "MR"}, []string{"MA", "EG"}, 0},
		{"western-africa", []string{"ML", "SN", "MR"}, []string{"TD"}, 0},
		{"latin-america-and-the-caribbean", []string{"MX", "BR", "CU", "CO"}, []string{"US", "CA"}, 0},
		{"western-asia", []string{"SA", "AE", "IL", "TR"}, []string{"IR"}, 0},
		{"nato", []string{"SE", "FI", "US", "TR", "GB", "FR"}, []string{"AT", "IE", "CH", "UA"}, 32},
		{"eu", []string{"FR", "DE", "SE", "CY"}, []string{"GB", "NO", "CH"}, 27},
		{"maghreb", []string{"MA", "DZ", "TN", "LY", "MR"}, []string{"EG"}, 5},
		{"gcc", []string{"SA", "AE", "QA", "KW", "BH", "OM"}, []string{"IR", "IQ"}, 6},
		{"au", []string{"MA", "EH", "EG", "ZA"}, []string{"RE"}, 55},
		{"g5-sahel", []string{"ML", "BF", "NE", "TD", "MR"}, []string{"SN"}, 5},
		{"ecowas", []string{"NG", "SN", "CI"}, []string{"ML", "BF", "NE"}, 0},
		{"mena", []string{"MA", "EG", "SA", "IR", "IL"}, []string{"TR", "FR"}, 0},
		{"Afrique", []string{"MA", "EG"}, []string{"FR"}, 0},
		{"OTAN", []string{"FR", "US"}, []string{"RU"}, 32},
		{"الاتحاد الأوروبي", []string{"FR", "DE"}, []string{"GB"}, 27},
		{"Moyen-Orient", []string{"SA", "IL"}, []string{"MA"}, 0},
		{"Sahel", []string{"ML", "NE"}, []string{"MA"}, 0},
		{"MA", []string{"MA"}, nil, 1},
	} {
		m := l.Members(tc.region)
		for _, c := range tc.in {
			if !slices.Contains(m, c) {
				t.Errorf("Members(%q) lacks %s", tc.region, c)
			}
		}
		for _, c := range tc.out {
			if slices.Contains(m, c) {
				t.Errorf("Members(%q) has %s", tc.region, c)
			}
		}
		if tc.size != 0 && len(m) != tc.size {
			t.Errorf("Members(%q) has %d members, want %d", tc.region, len(m), tc.size)
		}
	}
}

func TestCountrySpotChecks(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct{ code, alpha3, region, subregion string }{
		{"MA", "MAR", "africa", "northern-africa"},
		{"ML", "MLI", "africa", "western-africa"},
		{"US", "USA", "americas", "northern-america"},
		{"BR", "BRA", "americas", "south-america"},
		{"FR", "FRA", "europe", "western-europe"},
		{"SA", "SAU", "asia", "western-asia"},
		{"cn", "CHN", "asia", "eastern-asia"},
		{"AU", "AUS", "oceania", "australia-and-new-zealand"},
		{"XK", "XKX", "europe", "southern-europe"},
	} {
		c, ok := l.Country(tc.code)
		if !ok {
			t.Errorf("Country(%q) not found", tc.code)
			continue
		}
		if c.Alpha3 != tc.alpha3 || c.Region != tc.region || c.Subregion != tc.subregion {
			t.Errorf("Country(%q) = %+v, want %s %s %s", tc.code, c, tc.alpha3, tc.region, tc.subregion)
		}
	}
	if _, ok := l.Country("ZZ"); ok {
		t.Error("Country(ZZ) found")
	}
}

func TestCountryNameCases(t *testing.T) {
	l := mustLoad(t)
	type key struct{ lang, text string }
	idx := map[key][]Alias{}
	for _, a := range l.CountryNames {
		k := key{a.Lang, a.Text}
		idx[k] = append(idx[k], a)
	}
	for _, tc := range []struct{ lang, text, code, kind string }{
		{"fr", "Etats-Unis", "US", "variant"},
		{"fr", "États-Unis", "US", "name"},
		{"fr", "américains", "US", "demonym"},
		{"fr", "américaine", "US", "demonym"},
		{"fr", "le Pentagone", "US", "metonym"},
		{"fr", "la Maison Blanche", "US", "metonym"},
		{"en", "the Pentagon", "US", "metonym"},
		{"en", "USA", "US", "variant"},
		{"en", "U.S.", "US", "variant"},
		{"en", "US", "US", "variant"},
		{"en", "Americans", "US", "demonym"},
		{"es", "EE. UU.", "US", "variant"},
		{"es", "estadounidense", "US", "demonym"},
		{"es", "norteamericanas", "US", "demonym"},
		{"es", "la Casa Blanca", "US", "metonym"},
		{"ar", "الولايات المتحدة", "US", "name"},
		{"ar", "امريكا", "US", "variant"},
		{"ar", "أمريكا", "US", "variant"},
		{"ar", "الأمريكيين", "US", "demonym"},
		{"ar", "البنتاغون", "US", "metonym"},
		{"en", "Washington", "US", "capital"},
		{"en", "the Kremlin", "RU", "metonym"},
		{"fr", "le Kremlin", "RU", "metonym"},
		{"ar", "الكرملين", "RU", "metonym"},
		{"fr", "Moscou", "RU", "capital"},
		{"es", "Moscú", "RU", "capital"},
		{"en", "Russian Federation", "RU", "variant"},
		{"fr", "l'Hexagone", "FR", "metonym"},
		{"fr", "Quai d'Orsay", "FR", "metonym"},
		{"fr", "français", "FR", "demonym"},
		{"en", "French", "FR", "demonym"},
		{"ar", "المغرب", "MA", "name"},
		{"ar", "المغاربة", "MA", "demonym"},
		{"ar", "المغربية", "MA", "demonym"},
		{"fr", "marocaine", "MA", "demonym"},
		{"fr", "marocains", "MA", "demonym"},
		{"es", "marroquíes", "MA", "demonym"},
		{"fr", "Rabat", "MA", "capital"},
		{"fr", "Algerie", "DZ", "variant"},
		{"ar", "مصر", "EG", "name"},
		{"en", "Beijing", "CN", "capital"},
		{"fr", "Pékin", "CN", "capital"},
		{"ar", "بكين", "CN", "capital"},
		{"fr", "l'Empire du Milieu", "CN", "metonym"},
		{"en", "UK", "GB", "variant"},
		{"en", "Great Britain", "GB", "variant"},
		{"fr", "Royaume-Uni", "GB", "name"},
		{"en", "Downing Street", "GB", "metonym"},
		{"en", "UAE", "AE", "variant"},
		{"fr", "Emirats arabes unis", "AE", "variant"},
		{"ar", "الإمارات", "AE", "variant"},
		{"en", "ROK", "KR", "variant"},
		{"fr", "Corée du Sud", "KR", "name"},
		{"en", "DPRK", "KP", "variant"},
		{"en", "Türkiye", "TR", "name"},
		{"fr", "Turquie", "TR", "name"},
		{"fr", "turque", "TR", "demonym"},
		{"en", "Czech Republic", "CZ", "variant"},
		{"en", "Ivory Coast", "CI", "variant"},
		{"fr", "RDC", "CD", "variant"},
		{"fr", "Congo", "CG", "name"},
		{"es", "la Moncloa", "ES", "metonym"},
		{"de", "Marokko", "MA", "name"},
		{"de", "Amerikaner", "US", "demonym"},
		{"pt", "EUA", "US", "variant"},
		{"pt", "marroquino", "MA", "demonym"},
		{"en", "Taiwan", "TW", "name"},
		{"fr", "Niamey", "NE", "capital"},
		{"fr", "nigérien", "NE", "demonym"},
		{"fr", "nigérian", "NG", "demonym"},
	} {
		as, ok := idx[key{tc.lang, tc.text}]
		if !ok {
			t.Errorf("no row %s %q", tc.lang, tc.text)
			continue
		}
		kind := as[0].Kind
		if kind == "variant" && tc.kind == "name" || kind == "name" && tc.kind == "variant" {
			kind = tc.kind // names and variants are both plain names of the country
		}
		if as[0].ID != tc.code || kind != tc.kind {
			t.Errorf("%s %q = %s %s, want %s %s", tc.lang, tc.text, as[0].ID, as[0].Kind, tc.code, tc.kind)
		}
	}
	// Words that would cause false matches stay out of the data.
	for _, tc := range []key{
		{"ar", "مالي"}, {"fr", "Maurice"}, {"fr", "Réunion"}, {"es", "Granada"},
		{"en", "Congo"}, {"ar", "كوريا"}, {"en", "Congolese"}, {"en", "Korea"},
	} {
		if as, ok := idx[tc]; ok && (tc.text != "Congo" || as[0].ID != "CG") {
			t.Errorf("row %s %q should not be listed (%s)", tc.lang, tc.text, as[0].ID)
		}
	}
}

// TestCountrySovereign: a dependent territory names the state it belongs
// to, itself a state of the file with no sovereign of its own.
func TestCountrySovereign(t *testing.T) {
	l := Default()
	for _, tc := range []struct{ code, want string }{{"NC", "FR"}, {"GU", "US"}, {"GL", "DK"}, {"HK", "CN"}, {"FR", ""}, {"MA", ""}} {
		if c, _ := l.Country(tc.code); c.Sovereign != tc.want {
			t.Errorf("%s: sovereign %q, want %q", tc.code, c.Sovereign, tc.want)
		}
	}
	n := 0
	for _, c := range l.Countries {
		if c.Sovereign == "" {
			continue
		}
		n++
		if s, ok := l.Country(c.Sovereign); !ok || s.Sovereign != "" {
			t.Errorf("%s: sovereign %q is not a state of countries.tsv", c.Code, c.Sovereign)
		}
	}
	if n < 40 {
		t.Errorf("only %d territories name their sovereign", n)
	}
}
