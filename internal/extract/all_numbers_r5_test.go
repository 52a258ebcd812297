package extract

import (
	"testing"
	"time"
)

// Amounts with a scale in words, halves, figures listed with a scaled
// amount and local currencies in words, in the five languages
// (all_numbers_r5_words.go, scan.go, the languages' currency rows).
func TestNumbersR5Money(t *testing.T) {
	type amt struct {
		amount   float64
		currency string
	}
	tests := []struct {
		text, lang string
		want       []amt
	}{
		// a scale in words
		{"Die Ukraine erhielt Hilfe im Wert von einer Milliarde Euro.", "de", []amt{{1e9, "EUR"}}},
		{"Deutschland lieferte Waffen für zwei Milliarden Euro.", "de", []amt{{2e9, "EUR"}}},
		{"Das Paket kostet eine halbe Milliarde Dollar.", "de", []amt{{5e8, "USD"}}},
		{"The US approved a billion dollars in aid.", "en", []amt{{1e9, "USD"}}},
		{"Japan pledged half a billion dollars to Manila.", "en", []amt{{5e8, "USD"}}},
		{"Paris a promis un demi-milliard d'euros.", "fr", []amt{{5e8, "EUR"}}},
		{"Madrid aportará medio millón de dólares.", "es", []amt{{5e5, "USD"}}},
		{"صفقة بقيمة نصف مليار دولار", "ar", []amt{{5e8, "USD"}}},
		// a figure listed with a scaled amount
		{"deals worth $3 and $5 billion", "en", []amt{{3e9, "USD"}, {5e9, "USD"}}},
		{"a cost of 2 to 3 billion euros", "en", []amt{{2e9, "EUR"}, {3e9, "EUR"}}},
		{"entre 200 y 300 millones de dólares", "es", []amt{{2e8, "USD"}, {3e8, "USD"}}},
		{"de 2 à 3 milliards d'euros", "fr", []amt{{2e9, "EUR"}, {3e9, "EUR"}}},
		{"zwischen 2 und 3 Milliarden Euro", "de", []amt{{2e9, "EUR"}, {3e9, "EUR"}}},
		{"die USA mit 76,1 und Italien mit 50,6 Millionen Euro", "de", []amt{{76.1e6, "EUR"}, {50.6e6, "EUR"}}},
		{"بين 200 و300 مليون دولار", "ar", []amt{{2e8, "USD"}, {3e8, "USD"}}},
		{"Alemania con 76,1 e Italia con 50,6 millones de euros", "es", []amt{{76.1e6, "EUR"}, {50.6e6, "EUR"}}},
		{"la France avec 76,1 et l'Italie avec 50,6 millions d'euros", "fr", []amt{{76.1e6, "EUR"}, {50.6e6, "EUR"}}},
		{"between 1.5 and 2 billion dollars", "en", []amt{{1.5e9, "USD"}, {2e9, "USD"}}},
		// local currencies in words and symbols
		{"a grant of 2 billion Algerian dinars", "en", []amt{{2e9, "DZD"}}},
		{"a loan of 300 million Nigerian naira", "en", []amt{{3e8, "NGN"}}},
		{"a package worth NT$2 billion", "en", []amt{{2e9, "TWD"}}},
		{"un don de 5 milliards F CFA", "fr", []amt{{5e9, "XOF"}}},
		{"10 milliards de dollars taïwanais", "fr", []amt{{1e10, "TWD"}}},
		{"500 millions de livres égyptiennes", "fr", []amt{{5e8, "EGP"}}},
		{"2.000 millones de francos CFA", "es", []amt{{2e9, "XOF"}}},
		{"500 millones de dinares argelinos", "es", []amt{{5e8, "DZD"}}},
		{"300 millones de libras egipcias", "es", []amt{{3e8, "EGP"}}},
		{"2 Milliarden CFA-Franc", "de", []amt{{2e9, "XOF"}}},
		{"eine Milliarde ägyptische Pfund", "de", []amt{{1e9, "EGP"}}},
		{"300 Millionen philippinische Pesos", "de", []amt{{3e8, "PHP"}}},
		{"بقيمة 500 مليون جنيه", "ar", []amt{{5e8, "EGP"}}},
		{"بقيمة ملياري دولار تايواني", "ar", []amt{{2e9, "TWD"}}},
		{"بقيمة 3 مليارات فرنك سيفا", "ar", []amt{{3e9, "XOF"}}},
		// near misses: no amount
		{"Das Heer kaufte 3 und später 5 Millionen Schuss.", "de", nil},
		{"It ordered a dozen jets and a million rounds.", "en", nil},
		{"Half a dozen drones arrived.", "en", nil},
		{"Im Jahr 2022 und 2023 wurden Panzer geliefert.", "de", nil},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if len(sc.money) != len(tc.want) {
			t.Errorf("%s %q: %d amounts %+v, want %v", tc.lang, tc.text, len(sc.money), sc.money, tc.want)
			continue
		}
		for k, w := range tc.want {
			if m := sc.money[k]; m.amount != w.amount || m.currency != w.currency {
				t.Errorf("%s %q: amount %d = %v %s, want %v %s", tc.lang, tc.text, k, m.amount, m.currency, w.amount, w.currency)
			}
		}
	}
}

// A figure read as part of an amount is no count; a figure beside an
// amount without a currency in the sentence stays one.
func TestNumbersR5Counts(t *testing.T) {
	tests := []struct {
		text, lang string
		nums       []float64
	}{
		{"entre 200 y 300 millones de dólares", "es", nil},
		{"between 200 and 300 million dollars", "en", nil},
		{"بين 200 و300 مليون دولار", "ar", nil},
		{"Das Heer kaufte 3 und später 5 Millionen Schuss.", "de", []float64{3}},
		{"It bought 12 and leased 4 more jets worth 300 million dollars.", "en", []float64{12, 4}},
		{"Die Bundeswehr bestellt ein Dutzend Drohnen.", "de", []float64{12}},
		// thousands and hundreds in words
		{"The US sent two thousand shells.", "en", []float64{2000}},
		{"Kyiv received a thousand drones.", "en", []float64{1000}},
		{"Kiew erhielt dreitausend Granaten und sechshundert Raketen.", "de", []float64{3000, 600}},
		{"Paris a livré deux mille obus.", "fr", []float64{2000}},
		{"Paris a livré un millier de missiles.", "fr", []float64{1000}},
		{"Madrid envió cuatro mil fusiles.", "es", []float64{4000}},
		// a name and its number before a singular noun, or after a count
		{"Germany delivered the Falke 2 drone to Oman.", "en", nil},
		{"Germany sold the Orka 3 patrol boat to Oman.", "en", nil},
		{"Germany sold 12 Falke 2 drones to Oman.", "en", []float64{12}},
		{"Turkey sold two Falke 2 drones to Oman.", "en", []float64{2}},
		// near misses: a count before a plural noun
		{"Some 20 drones were sold to Oman.", "en", []float64{20}},
		{"Turkey sold Oman some 20 drones.", "en", []float64{20}},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		var got []float64
		for _, n := range sc.nums {
			got = append(got, n.value)
		}
		if len(got) != len(tc.nums) {
			t.Errorf("%s %q: counts %v, want %v", tc.lang, tc.text, got, tc.nums)
			continue
		}
		for k := range got {
			if got[k] != tc.nums[k] {
				t.Errorf("%s %q: counts %v, want %v", tc.lang, tc.text, got, tc.nums)
				break
			}
		}
	}
}

// An amount without a currency at the end of a clause takes the currency
// of the paragraph's amount before it; a count of rounds does not.
func TestNumbersR5CarryCurrency(t *testing.T) {
	tests := []struct {
		text, lang string
		last       []float64 // the last sentence's amounts
		currency   string
	}{
		{"Insgesamt wurden Güter für 664,7 Millionen Franken ausgeführt. Auf den Plätzen folgten die Vereinigten Staaten mit 76,1 und Italien mit 50,6 Millionen.", "de", []float64{76.1e6, 50.6e6}, "CHF"},
		{"Exports reached 3.2 billion euros in 2023. Qatar came first with 1.1 billion.", "en", []float64{1.1e9}, "EUR"},
		{"Las exportaciones sumaron 3.200 millones de euros. Arabia Saudí recibió 400 millones, y Egipto 300 millones.", "es", []float64{4e8, 3e8}, "EUR"},
		{"The contract is worth 2 billion euros. It covers 5 million rounds of ammunition.", "en", nil, ""},
		{"Ukraine received 1 million shells. Qatar paid 300 million.", "en", nil, ""},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		var sents []*sentScan
		for _, s := range splitSentences(tc.text) {
			sc := &sentScan{s: s, lw: x.langs[tc.lang]}
			sc.toks = tokenize(s.text, s.start)
			sc.mentions = x.m.find(sc.toks, tc.lang)
			sc.scanNumbers(time.Time{})
			sents = append(sents, sc)
		}
		carryCurrencies(sents)
		last := sents[len(sents)-1]
		if len(last.money) != len(tc.last) {
			t.Errorf("%q: %d amounts %+v, want %v", tc.text, len(last.money), last.money, tc.last)
			continue
		}
		for k, a := range tc.last {
			if m := last.money[k]; m.amount != a || m.currency != tc.currency {
				t.Errorf("%q: amount %d = %v %s, want %v %s", tc.text, k, m.amount, m.currency, a, tc.currency)
			}
		}
	}
}
