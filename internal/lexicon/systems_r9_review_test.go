package lexicon_test

// Round-9 review of the round-8 catalogue rows: where a sentence names
// only the buyer, the system's origin is the seller, so a wrong origin
// gives a wrong supplier (and reverses the pair where the sentence names
// the origin's state as the buyer). The sentences below name the recipient
// alone, so that the supplier comes from the catalogue: the Indian-built
// Cheetah/Cheetal (not the French Lama it derives from), the
// Chinese-built MisrSat-2 (not the Russian EgyptSat), the Iranian Kowsar
// (not the Chinese C-705 it derives from). "Rodong Sinmun" is North
// Korea's newspaper, no Nodong missile: a bare "Rodong" alias made the
// missile a second system of the sentence and, its origin North Korea,
// the seller of the aircraft that Russia delivered. Sentences written for
// this test.

import (
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

func TestSystemsR9ReviewOrigins(t *testing.T) {
	x := extract.New(lexicon.Default())
	pair := func(f domain.Fact) string {
		if f.Supplier == nil || f.Recipient == nil || f.System == nil {
			return ""
		}
		return f.Supplier.String() + ">" + f.Recipient.String() + " " + f.System.ID
	}
	cases := []struct {
		lang, text string
		want, not  string
	}{
		{"en", "Nepal received two Cheetal helicopters in 2023.", "IN>NP hal-cheetah-lama", "FR>NP hal-cheetah-lama"},
		{"en", "Nepal received two SA 315B Lama helicopters in 1980.", "FR>NP sa-315-lama", ""},
		{"en", "Egypt received the MisrSat-2 satellite in 2023.", "CN>EG misrsat-2", "RU>EG egyptsat"},
		{"en", "Egypt received the EgyptSat-A satellite in 2019.", "RU>EG egyptsat", ""},
		{"en", "Yemen's Houthis received Kowsar missiles in 2016.", "IR>YE kowsar", ""},
		{"en", "Yemen received ten Kowsar in 2016.", "IR>YE kowsar", "CN>YE c-705"},
		{"en", "North Korea's Rodong Sinmun said Russia delivered fighter jets to Pyongyang.", "", "KP>RU nodong"},
		{"en", "Iran received Rodong missiles from North Korea in 1993.", "KP>IR nodong", ""},
	}
	for _, c := range cases {
		got := transferValues(t, x, c.lang, c.text, pair)
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: transfers %s, want %s", c.text, strings.Join(got, ", "), c.want)
		}
		if c.not != "" && slices.Contains(got, c.not) {
			t.Errorf("%q: transfers %s hold %s", c.text, strings.Join(got, ", "), c.not)
		}
	}
	// no Nodong in the newspaper's name, and Russia stays the seller
	got := transferValues(t, x, "en", "North Korea's Rodong Sinmun said Russia delivered fighter jets to Pyongyang.", supplier)
	if slices.Contains(got, "KP") {
		t.Errorf("Rodong Sinmun: suppliers %v hold KP", got)
	}
}
