package extract

import (
	"testing"
	"time"
)

// TestR16DonationGoods: a donation with an amount in a sentence that
// names the goods given is a donation in kind, whose value is an
// aggregate of the goods (all_r16_assist_donationgoods.go). Sentences
// written for this test.
func TestR16DonationGoods(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             bool
	}{
		{"es boats and launches", "es", "La donación vale 3,5 millones de dólares y la forman tres embarcaciones rápidas y veinte lanchas inflables.", true},
		{"fr patrol boats and trucks", "fr", "Le don vaut 2 millions d'euros et comprend quatre patrouilleurs et dix camions.", true},
		{"en patrol boats", "en", "The military donation, worth $5 million, includes four patrol boats and ten trucks.", true},
		{"es money given", "es", "La donación de 3,5 millones de dólares servirá para pagar salarios.", false},
		{"fr no amount", "fr", "Ce don était le dernier d'une série, parmi lesquels la remise de six véhicules blindés.", false},
		{"en goods sold, no donation", "en", "The contract, worth $5 million, includes four patrol boats.", false},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		if got := sc.r16DonationGoods(); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
