package lexicon

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// langCodes lists the languages that have a data file.
func langCodes(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(files, "data/lang_*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range names {
		out = append(out, strings.TrimSuffix(strings.TrimPrefix(n, "data/lang_"), ".tsv"))
	}
	return out
}

// mayLack are the kinds a language has no word of, and why: Arabic opens
// a sentence on its verb, not on a determiner or pronoun (goods-opener,
// contents-opener); German lists contents after a verb-second opener the
// rule does not read (contents-opener); the rules of retired weapons and
// of added items read no Arabic yet (retire, also-opener: their words
// were Go lists without Arabic when they moved here).
var mayLack = map[string]bool{"ar goods-opener": true, "ar retire": true, "ar contents-opener": true, "de contents-opener": true,
	"ar also-opener": true,
	// r9-fresh: only English puts a word of use between a weapon's name and the ammunition word
	// ("M1A2K training ammunition"); the others put it after ("munitions d'entraînement") or compound it
	"ar ammo-use": true, "de ammo-use": true, "es ammo-use": true, "fr ammo-use": true}

// TestLangFilesCoverEnglishKinds: every language defines every kind of word
// that English defines, so no rule silently goes blind in one language
// (mayLack lists the known exceptions).
func TestLangFilesCoverEnglishKinds(t *testing.T) {
	l := mustLoad(t)
	en := l.Lang("en")
	if en == nil {
		t.Fatal("no lang_en.tsv")
	}
	codes := langCodes(t)
	for _, want := range []string{"ar", "de", "en", "es", "fr"} {
		found := false
		for _, c := range codes {
			found = found || c == want
		}
		if !found {
			t.Errorf("no data file for language %q", want)
		}
	}
	for _, code := range codes {
		lg := l.Lang(code)
		if lg == nil {
			t.Errorf("%s: not loaded", code)
			continue
		}
		for kind := range en.Words {
			if !lg.Has(kind) && !mayLack[code+" "+kind] {
				t.Errorf("lang_%s.tsv: no word of kind %q (lang_en.tsv has %d)", code, kind, len(en.Words[kind]))
			}
		}
	}
}

var isoCurrency = regexp.MustCompile(`^[A-Z]{3}$`)

// TestLangValues: values parse for the kinds that carry one, and cue kinds
// carry none.
func TestLangValues(t *testing.T) {
	l := mustLoad(t)
	for _, code := range langCodes(t) {
		lg := l.Lang(code)
		for kind, ws := range lg.Words {
			for _, w := range ws {
				switch kind {
				case "number":
					v, err := strconv.ParseFloat(w.Value, 64)
					if err != nil || v < 0 {
						t.Errorf("lang_%s.tsv: number %q: bad value %q", code, w.Text, w.Value)
					}
				case "scale":
					v, err := strconv.ParseFloat(w.Value, 64)
					if err != nil || v < 1000 {
						t.Errorf("lang_%s.tsv: scale %q: bad value %q (want >= 1e3)", code, w.Text, w.Value)
					}
				case "multiplier":
					v, err := strconv.ParseFloat(w.Value, 64)
					if err != nil || v < 2 {
						t.Errorf("lang_%s.tsv: multiplier %q: bad value %q (want >= 2)", code, w.Text, w.Value)
					}
				case "month":
					v, err := strconv.Atoi(w.Value)
					if err != nil || v < 1 || v > 12 {
						t.Errorf("lang_%s.tsv: month %q: bad value %q", code, w.Text, w.Value)
					}
				case "currency":
					if !isoCurrency.MatchString(w.Value) {
						t.Errorf("lang_%s.tsv: currency %q: value %q is not an ISO 4217 code", code, w.Text, w.Value)
					}
				default:
					if strings.TrimSpace(w.Value) != "" {
						t.Errorf("lang_%s.tsv: %s %q has a value %q; cue words carry none", code, kind, w.Text, w.Value)
					}
				}
				if strings.TrimSpace(w.Text) != w.Text {
					t.Errorf("lang_%s.tsv: %s %q has surrounding spaces", code, kind, w.Text)
				}
			}
		}
	}
}

// TestLangNoDuplicates: a (kind, text) pair appears once per file.
func TestLangNoDuplicates(t *testing.T) {
	for _, code := range langCodes(t) {
		seen := map[string]bool{}
		err := readTSV("lang_"+code+".tsv", 3, func(f []string) error {
			k := f[0] + "\t" + f[1]
			if seen[k] {
				t.Errorf("lang_%s.tsv: duplicate %s %q", code, f[0], f[1])
			}
			seen[k] = true
			return nil
		})
		if err != nil {
			t.Fatalf("lang_%s.tsv: %v", code, err)
		}
	}
}

// TestLangMonthsComplete: each language names all twelve months.
func TestLangMonthsComplete(t *testing.T) {
	l := mustLoad(t)
	for _, code := range langCodes(t) {
		got := map[string]bool{}
		for _, w := range l.Lang(code).Words["month"] {
			got[w.Value] = true
		}
		for m := 1; m <= 12; m++ {
			if !got[strconv.Itoa(m)] {
				t.Errorf("lang_%s.tsv: no word for month %d", code, m)
			}
		}
	}
}

// TestLangSpotChecks: words each language must have, with their values.
func TestLangSpotChecks(t *testing.T) {
	l := mustLoad(t)
	tests := []struct {
		lang, kind, text, value string
	}{
		// Arabic: gender and case forms, compounds, both month systems
		{"ar", "number", "واحدة", "1"},
		{"ar", "number", "اثنتي عشرة", "12"},
		{"ar", "number", "ثلاثة عشر", "13"},
		{"ar", "number", "عشرين", "20"},
		{"ar", "number", "مائة", "100"},
		{"ar", "number", "ألفين", "2000"},
		{"ar", "scale", "مليار", "1e9"},
		{"ar", "scale", "ملايين", "1e6"},
		{"ar", "currency", "دولار", "USD"},
		{"ar", "currency", "جنيه إسترليني", "GBP"},
		{"ar", "currency", "درهم", "MAD"},
		{"ar", "month", "يناير", "1"},
		{"ar", "month", "كانون الثاني", "1"},
		{"ar", "month", "جانفي", "1"},
		{"ar", "month", "تموز", "7"},
		{"ar", "month", "جويلية", "7"},
		{"ar", "month", "أوت", "8"},
		{"ar", "month", "تشرين الأول", "10"},
		{"ar", "month", "اكتوبر", "10"},
		{"ar", "stage-delivered", "تسلمت", ""},
		{"ar", "stage-ordered", "وقّع", ""},
		{"ar", "stage-approved", "الضوء الأخضر", ""},
		{"ar", "stage-approved", "صفقة محتملة", ""},
		{"ar", "stage-requested", "تقدم بطلب", ""},
		{"ar", "denial", "نفت", ""},
		{"ar", "attribution", "نقلا عن", ""},
		{"ar", "recipient-prep", "لصالح", ""},
		{"ar", "qual-about", "ما يقارب", ""},
		{"ar", "agreement", "مذكرة تفاهم", ""},
		{"ar", "quantity-stop", "في المئة", ""},
		// Spanish: the long scale, number forms
		{"es", "scale", "mil millones", "1e9"},
		{"es", "scale", "millones", "1e6"},
		{"es", "scale", "billón", "1e12"},
		{"es", "number", "doce", "12"},
		{"es", "number", "dieciséis", "16"},
		{"es", "number", "veintidós", "22"},
		{"es", "number", "doscientas", "200"},
		{"es", "number", "una veintena", "20"},
		{"es", "currency", "dólares", "USD"},
		{"es", "currency", "coronas suecas", "SEK"},
		{"es", "month", "setiembre", "9"},
		{"es", "stage-approved", "luz verde", ""},
		{"es", "stage-ordered", "encargó", ""},
		{"es", "stage-delivered", "entregada", ""},
		{"es", "negation", "no ha tomado ninguna decisión", ""},
		{"es", "hypothetical", "estudia", ""},
		{"es", "denial", "desmintió", ""},
		{"es", "attribution", "según", ""},
		// German: compounds written as one word
		{"de", "number", "zwölf", "12"},
		{"de", "number", "vierundzwanzig", "24"},
		{"de", "number", "sechsunddreißig", "36"},
		{"de", "scale", "Milliarden", "1e9"},
		{"de", "scale", "Mrd", "1e9"},
		{"de", "currency", "Euro", "EUR"},
		{"de", "month", "März", "3"},
		{"de", "month", "Jänner", "1"},
		{"de", "stage-ordered", "bestellt", ""},
		{"de", "stage-delivered", "geliefert", ""},
		{"de", "agreement", "Sicherheitsabkommen", ""},
		{"de", "hypothetical", "erwägt", ""},
		// English and French keep their basics
		{"en", "scale", "billion", "1e9"},
		{"fr", "scale", "milliard", "1e9"},
	}
	for _, tt := range tests {
		lg := l.Lang(tt.lang)
		if lg == nil {
			t.Errorf("no language %q", tt.lang)
			continue
		}
		found := false
		for _, w := range lg.Words[tt.kind] {
			if w.Text == tt.text {
				found = true
				if w.Value != tt.value {
					t.Errorf("lang_%s.tsv: %s %q = %q, want %q", tt.lang, tt.kind, tt.text, w.Value, tt.value)
				}
			}
		}
		if !found {
			t.Errorf("lang_%s.tsv: no %s %q", tt.lang, tt.kind, tt.text)
		}
	}
}

// TestLangScalesLongestFirst: "mil millones" is tried before "mil", so the
// Spanish billion is not read as a thousand.
func TestLangScalesLongestFirst(t *testing.T) {
	l := mustLoad(t)
	ws := l.Lang("es").Words["scale"]
	pos := map[string]int{}
	for i, w := range ws {
		pos[w.Text] = i
	}
	a, okA := pos["mil millones"]
	b, okB := pos["mil"]
	if !okA || !okB || a > b {
		t.Errorf("es scales: \"mil millones\" at %d, \"mil\" at %d; want the longer first", a, b)
	}
}
