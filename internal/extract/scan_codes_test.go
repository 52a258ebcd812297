package extract

import (
	"testing"
	"time"
)

// TestMoneyCodeAfter: an ISO code after the amount names its currency, as
// one before it does (scan.go, postSymRe); a code-like word that goes on
// is none. Sentences written for this test.
func TestMoneyCodeAfter(t *testing.T) {
	tests := []struct {
		text, lang string
		amount     float64
		currency   string
	}{
		{"Worth 5.3 billion SEK, the agreement covers four aircraft.", "en", 5.3e9, "SEK"},
		{"a contract of NOK 1.5 billion", "en", 1.5e9, "NOK"},
		{"Der Auftrag hat einen Wert von 1,2 Mrd. EUR.", "de", 1.2e9, "EUR"},
		{"un contrat de 800 millions MAD", "fr", 800e6, "MAD"},
		{"un acuerdo por 2.500 millones PLN", "es", 2.5e9, "PLN"},
		{"the loan of 300 million CNY", "en", 300e6, "CNY"},
		{"a PHP 5.6 billion contract for six offshore patrol vessels", "en", 5.6e9, "PHP"},
		{"un financement de 12 milliards XAF", "fr", 12e9, "XAF"},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if len(sc.money) != 1 {
			t.Errorf("%q: %d money spans, want 1 (%+v)", tc.text, len(sc.money), sc.money)
			continue
		}
		if m := sc.money[0]; m.amount != tc.amount || m.currency != tc.currency {
			t.Errorf("%q: got %v %s; want %v %s", tc.text, m.amount, m.currency, tc.amount, tc.currency)
		}
	}
	// a word beginning with a code, or a code that is also a name, is none
	for _, text := range []string{"about 300 million SEKTOR units", "at COP 28 in Dubai", "Egypt ordered 3 SAR helicopters."} {
		if sc := scanSentence(t, text, "en", time.Time{}); len(sc.money) != 0 {
			t.Errorf("%q: %+v", text, sc.money)
		}
	}
}
