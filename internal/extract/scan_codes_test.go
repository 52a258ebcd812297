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
	// "300 million SEKTOR" is no amount in kronor
	if sc := scanSentence(t, "about 300 million SEKTOR units", "en", time.Time{}); len(sc.money) != 0 {
		t.Errorf("a word beginning with a code: %+v", sc.money)
	}
}
