package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR16FutureReceiver: the subject of a future receipt gets the goods,
// and a demonym on the system names the state that gives them, not the
// recipient (all_r16_parties_future.go). Sentences written for this test.
func TestR16FutureReceiver(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct {
		lang, text, sup, rec, notSup, notRec string
	}{
		{"en", "Ukraine will receive Norwegian F-16s this year. The transfer was announced on Monday.", "NO", "UA", "US", "NO"},
		{"fr", "L'Ukraine va recevoir des canons Caesar danois. Le transfert a été annoncé lundi.", "DK", "UA", "FR", "DK"},
		{"fr", "L'Ukraine recevra des F-16 norvégiens. Le transfert a été annoncé lundi.", "NO", "UA", "US", "NO"},
		{"es", "Ucrania va a recibir 19 cañones Caesar daneses. La transferencia se anunció el lunes.", "DK", "UA", "FR", "DK"},
		{"de", "Die Ukraine soll 19 dänische Caesar-Haubitzen bekommen. Die Lieferung wurde am Montag angekündigt.", "DK", "UA", "FR", "DK"},
		{"de", "Die Ukraine wird norwegische F-16 erhalten. Die Lieferung wurde am Montag angekündigt.", "NO", "UA", "US", "NO"},
		// the origin named as the seller stays the seller
		{"fr", "La Pologne recevra 32 F-35 des États-Unis. Le contrat a été signé.", "US", "PL", "", ""},
	}
	for _, c := range cases {
		text := "Defence news\n\n" + c.text
		if !hasTransfer(t, x, c.lang, text, c.sup, c.rec) {
			t.Errorf("%s %q: no %s>%s transfer", c.lang, c.text, c.sup, c.rec)
		}
		if c.notSup != "" && hasTransfer(t, x, c.lang, text, c.notSup, c.notRec) {
			t.Errorf("%s %q: %s>%s transfer (the owner taken for the buyer)", c.lang, c.text, c.notSup, c.notRec)
		}
	}
}

// TestR16AupresContracted: "auprès du Danemark", "auprès des Pays-Bas"
// after a buying verb name the seller as "auprès de la Norvège" does
// (all_r16_parties_aupres.go); after a contract signed by the seller they
// name the customer.
func TestR16AupresContracted(t *testing.T) {
	x := New(lexicon.Default())
	cases := []struct{ text, sup string }{
		{"Le Maroc a acquis auprès du Danemark 12 obusiers M109. La livraison est prévue en 2025.", "DK"},
		{"Le Maroc a acquis 12 obusiers M109 auprès des Pays-Bas. La livraison est prévue en 2025.", "NL"},
		{"Le Maroc a acquis 12 obusiers M109 auprès d'Israël. La livraison est prévue en 2025.", "IL"},
	}
	for _, c := range cases {
		text := "Défense\n\n" + c.text
		if !hasTransfer(t, x, "fr", text, c.sup, "MA") {
			t.Errorf("%q: no %s>MA transfer", c.text, c.sup)
		}
		if hasTransfer(t, x, "fr", text, "US", "MA") {
			t.Errorf("%q: the maker's state US sells", c.text)
		}
	}
	if !hasTransfer(t, x, "fr", "Embraer\n\nL'avionneur brésilien a signé un contrat pour 6 Super Tucano auprès du Mali. La livraison est prévue.", "BR", "ML") {
		t.Errorf("a customer after a contract signed by the seller: no BR>ML transfer")
	}
}
