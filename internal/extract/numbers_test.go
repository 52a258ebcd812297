package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, lang string
		want     float64
		ok       bool
	}{
		{"8,5", "fr", 8.5, true},
		{"8.5", "en", 8.5, true},
		{"8.5", "fr", 8.5, true},
		{"5 810", "fr", 5810, true},
		{"5\u00a0810", "fr", 5810, true},
		{"1,200", "en", 1200, true},
		{"1.800", "es", 1800, true},
		{"3.787", "ar", 3.787, true},
		{"٤٢٥", "ar", 425, true},
		{"4.75", "en", 4.75, true},
		{"7,87", "fr", 7.87, true},
		{"1,234,567", "en", 1234567, true},
		{"12", "en", 12, true},
		{"", "en", 0, false},
		{"1,2,3", "en", 0, false},
		{"22,754,462", "es", 22754462, true},
		{"22,754,462", "fr", 22754462, true},
		{"1.234.567", "en", 1234567, true},
		{"1.234,567", "es", 1234.567, true},
		{"1,234.567", "en", 1234.567, true},
		{"3,787", "es", 3.787, true},
	}
	for _, tc := range tests {
		got, ok := ParseNumber(tc.in, tc.lang)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ParseNumber(%q, %s) = %v, %v; want %v, %v", tc.in, tc.lang, got, ok, tc.want, tc.ok)
		}
	}
}

func scanSentence(t testing.TB, text, lang string, pub time.Time) *sentScan {
	t.Helper()
	x := testExtractor(t)
	lw := x.langs[lang]
	s := splitSentences(text)[0]
	sc := &sentScan{s: s, lw: lw}
	sc.toks = tokenize(s.text, s.start)
	sc.mentions = x.m.find(sc.toks, lang)
	sc.scanNumbers(pub)
	return sc
}

var testX *Extractor

// testExtractor is the strict rules without the decision model: the rule
// tests pin what the rules propose; the model's decisions are pinned by the
// golden files and the corpus scores (internal/pipeline).
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	if testX == nil {
		testX = New(lexicon.Default())
		testX.SetModel(nil)
	}
	return testX
}

func TestMoney(t *testing.T) {
	tests := []struct {
		text, lang string
		amount     float64
		currency   string
		qualifier  string
	}{
		{"avec des transactions dépassant 8,5 milliards de dollars.", "fr", 8.5e9, "USD", "over"},
		{"a contract worth $4.75 billion to buy Patriot.", "en", 4.75e9, "USD", ""},
		{"Poland signs $4.75bn Patriot deal", "en", 4.75e9, "USD", ""},
		{"a package of US$ 8.5 billion", "en", 8.5e9, "USD", ""},
		{"un contrat de 7,87 milliards d'euros pour 36 Rafale.", "fr", 7.87e9, "EUR", ""},
		{"à hauteur d'environ 32 millions de dollars.", "fr", 32e6, "USD", "about"},
		{"an order worth €3.6 billion.", "en", 3.6e9, "EUR", ""},
		{"a sale valued at about $997m.", "en", 997e6, "USD", "about"},
		{"The estimated total cost is $22.3 million.", "en", 22.3e6, "USD", ""},
		{"a deal of 2.1 billion Swiss francs.", "en", 2.1e9, "CHF", ""},
		{"more than £1 billion of aid.", "en", 1e9, "GBP", "over"},
		{"TOTAL............ $930 million", "en", 930e6, "USD", ""},
		// one figure in two scales, the currency after the second
		{"صفقة بقيمة مليار و100 مليون دولار", "ar", 1.1e9, "USD", ""},
		{"صفقة بقيمة 3 مليارات و200 مليون دولار", "ar", 3.2e9, "USD", ""},
		{"a deal worth 1 billion 200 million dollars", "en", 1.2e9, "USD", ""},
		{"un contrat de 1 milliard 200 millions d'euros", "fr", 1.2e9, "EUR", ""},
		{"un contrato de 300 millones de dólares", "es", 300e6, "USD", ""},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if len(sc.money) != 1 {
			t.Errorf("%q: %d money spans, want 1 (%+v)", tc.text, len(sc.money), sc.money)
			continue
		}
		m := sc.money[0]
		if m.amount != tc.amount || m.currency != tc.currency || m.qualifier != tc.qualifier {
			t.Errorf("%q: got %v %s %q; want %v %s %q", tc.text, m.amount, m.currency, m.qualifier, tc.amount, tc.currency, tc.qualifier)
		}
	}
}

func TestQuantitiesAndYears(t *testing.T) {
	pub := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, lang string
		nums       []float64
		years      []int
	}{
		{"l'acquisition de 18 plateformes en 2020.", "fr", []float64{18}, []int{2020}},
		{"Twenty-four (24) international systems.", "en", []float64{24}, nil},
		{"Sweden requested twenty (20) M142 launchers.", "en", []float64{20}, nil},
		{"dix-huit avions et une douzaine de drones.", "fr", []float64{18, 12}, nil},
		{"It ordered a dozen jets last November.", "en", []float64{12}, []int{2023}},
		{"It ordered two dozen jets.", "en", []float64{24}, nil},
		{"Le pays a reçu deux douzaines de blindés.", "fr", []float64{24}, nil},
		{"Recibió tres docenas de fusiles.", "es", []float64{36}, nil},
		{"Dozens of drones were shown.", "en", nil, nil},
		{"La commande a été passée l'an dernier.", "fr", nil, []int{2023}},
		{"one hundred forty (140) T-55-GA-714A engines", "en", []float64{140}, nil},
		{"Deliveries began this year.", "en", nil, []int{2024}},
		{"en mars dernier, 5 810 obus ont été livrés.", "fr", []float64{5810}, []int{2024}},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, pub)
		var nums []float64
		for _, n := range sc.nums {
			nums = append(nums, n.value)
		}
		var years []int
		for _, y := range sc.years {
			years = append(years, y.year)
		}
		if !equalF(nums, tc.nums) || !equalI(years, tc.years) {
			t.Errorf("%q: nums %v years %v; want %v %v", tc.text, nums, years, tc.nums, tc.years)
		}
	}
}

func equalF(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalI(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFindDate(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text, lang, want string
	}{
		{"WARSAW, March 28, 2018 — Poland has signed", "en", "2018-03-28"},
		{"Par notre correspondant | Publié le 23/09/2016 à 18h40", "fr", "2016-09-23"},
		{"Paris, le 14 juillet 2022. La France", "fr", "2022-07-14"},
		{"Federal Register (Tuesday, April 14, 2026)", "en", "2026-04-14"},
		{"Updated 2025-01-31T10:00", "en", "2025-01-31"},
		{"No date here at all.", "en", ""},
		{"الدوحة، 13 يوليو/تموز 2019 - وقعت قطر", "ar", "2019-07-13"},
		{"Madrid, 16 de abril de 2024 — El Gobierno", "es", "2024-04-16"},
		// date lines with a weekday and a time, ordinals, a month with no day
		{"Publicado el jueves 12 noviembre 2009 | 17:40 Por Agencia Reuters", "es", "2009-11-12"},
		{"Published September 29th, 2015 - 05:08 GMT", "en", "2015-09-29"},
		{"Le 1er avril 2022, la France a livré", "fr", "2022-04-01"},
		{"Publié en avril 2022 Lecture : 3 minutes.", "fr", "2022-04-01"},
		{"Published in March 2021. The United States", "en", "2021-03-01"},
		{"En avril 2022, la France a livré des blindés.", "fr", ""},
		{"Publié en avril 2022. Le 12 mai 2022, la France a livré", "fr", "2022-05-12"},
	}
	for _, tc := range tests {
		got := x.PublishedDate(tc.text, tc.lang)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, s, tc.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"8,5", "5 810", "1.800", "٤٢٥", "٣٫٧٨٧", "1,2,3", "9999999999999999999999", ".", ",,", "110.000", "301,2"} {
		for _, lang := range Supported {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		v, ok := ParseNumber(s, lang)
		if ok && (v != v || v < 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
	})
}

func FuzzMoneyAndDates(f *testing.F) {
	for _, s := range []string{"dépassant 8,5 milliards de dollars", "$4.75bn", "last November 2024", "23/09/2016", "Twenty (20) M142", "US$ 8.5 billion",
		"بقيمة تقدر بـ3.787 مليار دولار", "ألفين و400 صاروخ", "في تشرين الأول 2023", "اثنتي عشرة طائرة", "١٢ طائرة في جوان ٢٠٢٢",
		"1.800 millones de euros", "5.400 millones de dólares", "16 de abril de 2024", "doce cazas", "2,5 Milliarden Euro", "im März 2023"} {
		f.Add(s)
	}
	x := New(lexicon.Default())
	pub := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, lang := range Supported {
			lw := x.langs[lang]
			for _, se := range splitSentences(s) {
				sc := &sentScan{s: se, lw: lw}
				sc.toks = tokenize(se.text, se.start)
				sc.scanNumbers(pub)
				for _, m := range sc.money {
					if m.start > m.end || m.amount < 0 {
						t.Fatalf("bad money span %+v in %q", m, s)
					}
				}
			}
			x.PublishedDate(s, lang)
		}
	})
}

func TestMoneyOtherLanguages(t *testing.T) {
	tests := []struct {
		text, lang string
		amount     float64
		currency   string
	}{
		{"بقيمة تقدر بـ3.787 مليار دولار", "ar", 3.787e9, "USD"},
		{"بكلفة تناهز 985 مليون دولار", "ar", 985e6, "USD"},
		{"بقيمة ٤٢٥ مليون دولار سنويا", "ar", 425e6, "USD"},
		{"por un importe cercano a los 1.800 millones de euros", "es", 1.8e9, "EUR"},
		{"un contrato valorado en unos 5.400 millones de dólares", "es", 5.4e9, "USD"},
		{"für rund 2,5 Milliarden Euro", "de", 2.5e9, "EUR"},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if len(sc.money) != 1 || sc.money[0].amount != tc.amount || sc.money[0].currency != tc.currency {
			t.Errorf("%s %q: %+v, want %v %s", tc.lang, tc.text, sc.money, tc.amount, tc.currency)
		}
	}
}

func TestNumberWordsOtherLanguages(t *testing.T) {
	tests := []struct {
		text, lang string
		want       float64
	}{
		{"بيع اثنتي عشرة طائرة", "ar", 12},
		{"شراء ٣٦ طائرة", "ar", 36},
		{"cinco corbetas", "es", 5},
		{"doce cazas", "es", 12},
		{"achtzehn Panzer", "de", 18},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if len(sc.nums) != 1 || sc.nums[0].value != tc.want {
			t.Errorf("%s %q: %+v, want %v", tc.lang, tc.text, sc.nums, tc.want)
		}
	}
}

// FuzzPreSym: the cheap check before preSymRe never changes its answer.
func FuzzPreSym(f *testing.F) {
	for _, s := range []string{"worth US$ ", "for €", "USD", "u$s ", "a total of ", "en 2019 ", "R$", "£\t", "$\f", "بقيمة "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got, want := preSym(w), preSymRe.FindStringSubmatch(w)
		if strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("preSym(%q) = %q, want %q", w, got, want)
		}
	})
}
