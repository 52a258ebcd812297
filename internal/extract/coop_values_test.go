package extract

import (
	"github.com/armswatch/armswatch/internal/domain"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestValuedGoods: an amount opening a sentence as the value of the goods
// named after it is an aggregate of the pair, even beside an aid
// programme; an amount that opens a sentence about something else is
// not. Sentences written for this test.
func TestValuedGoods(t *testing.T) {
	tests := []factCase{
		{"French: estimated value, then the goods", "fr", "",
			"Mardi, la France a remis à l'armée malienne 30 véhicules blindés et 20 pièces d'artillerie. Estimé à 40 millions d'euros, ce matériel s'inscrit dans un programme d'aide de 120 millions d'euros.",
			[]string{"aggregate FR>ML EUR=40000000"}},
		{"English: valued at, then the equipment", "en", "",
			"On Monday Britain handed over 30 armoured vehicles and 20 artillery pieces to Kenya. Valued at $40 million, the equipment is part of a wider aid programme.",
			[]string{"aggregate GB>KE USD=40000000"}},
		{"Spanish: valorado en, then the material", "es", "",
			"España entregó a Mauritania 30 vehículos blindados y 20 piezas de artillería. Valorado en 40 millones de euros, este material forma parte de un programa de ayuda.",
			[]string{"aggregate ES>MR EUR=40000000"}},
		{"an amount that opens a sentence about a budget is no value of goods", "en", "",
			"On Monday Britain handed over 30 armoured vehicles and 20 artillery pieces to Kenya. At $40 million, the budget of the programme is small.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeAggregate
	})
}

// TestListedAmounts: a scaled amount listed before another takes its
// currency ("12 millions et de 15 millions d'euros"); a number listed with
// an amount that has no scale stays a number. Phrases written for this test.
func TestListedAmounts(t *testing.T) {
	tests := []struct {
		text, lang string
		want       string // amounts with currency, in order
	}{
		{"pour des montants respectifs de 12 millions et de 15 millions d'euros", "fr", "1.2e+07 EUR|1.5e+07 EUR"},
		{"worth 12 million and 15 million dollars respectively", "en", "1.2e+07 USD|1.5e+07 USD"},
		{"por 12 millones y 15 millones de euros respectivamente", "es", "1.2e+07 EUR|1.5e+07 EUR"},
		{"mit 12 Millionen und 15 Millionen Euro", "de", "1.2e+07 EUR|1.5e+07 EUR"},
		{"12 millions de soldats et 15 millions d'euros", "fr", "1.5e+07 EUR"},
		{"12 and 15 drones for 30 million euros", "en", "3e+07 EUR"},
	}
	for _, tc := range tests {
		sc := scanSentence(t, tc.text, tc.lang, time.Time{})
		var got []string
		for _, m := range sc.money {
			got = append(got, strconv.FormatFloat(m.amount, 'g', -1, 64)+" "+m.currency)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestPackageValue: a value stated for a system with its munitions, whose
// package the next sentence lists with other systems of their own
// quantities, is the pair's aggregate; a system's value whose package
// lists its own parts stays its value. Sentences written for this test.
func TestPackageValue(t *testing.T) {
	tests := []factCase{
		{"munitions listed in the next sentence", "es", "",
			"Estados Unidos aprobó la venta a Chile de seis helicópteros MH-60R, junto con repuestos y municiones, por 900 millones de dólares. El paquete comprende 12 misiles Hellfire y 20 torpedos.",
			[]string{"transfer US>CL mh-60r-seahawk q=6 approved", "aggregate US>CL USD=900000000", "transfer US>CL agm-114-hellfire q=12 approved", "transfer US>CL cat:missiles q=20 approved"}},
		{"no munitions with the system: its value", "es", "",
			"Estados Unidos aprobó la venta a Chile de seis helicópteros MH-60R por 900 millones de dólares. El paquete comprende 12 misiles Hellfire y 20 torpedos.",
			[]string{"transfer US>CL mh-60r-seahawk q=6 USD=900000000 approved", "transfer US>CL agm-114-hellfire q=12 approved", "transfer US>CL cat:missiles q=20 approved"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
