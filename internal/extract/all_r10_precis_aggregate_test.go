package extract

import (
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestPrecisDealValue: the value of "the order" in a sentence naming no
// weapon, for a pair that trades one system, is that system's value, no
// aggregate (all_r10_precis_aggregate.go). Sentences written for this test.
func TestPrecisDealValue(t *testing.T) {
	tests := []factCase{
		{"de order volume", "de", "2024-05-03", "Ungarn hat bei Rheinmetall 218 Schützenpanzer Lynx bestellt. Den Wert des Auftrags bezifferte der Vorstand auf mehr als zwei Milliarden Euro.",
			[]string{"transfer DE>HU lynx-kf41 2000000000"}},
		// an amount whose sentence transfers one system between the pair is
		// that system's price, no aggregate (all_r15_assist_aggone.go)
		{"ar munitions deal for the helicopters", "ar", "2024-05-03", "وافقت الولايات المتحدة على بيع مصر عشر مروحيات أباتشي مقابل نحو مليار دولار. ووافقت واشنطن أيضا على صفقة ذخائر للمروحيات لصالح مصر بقيمة 201 مليون دولار.",
			[]string{"transfer US>EG ah-64-apache 1000000000", "transfer US>EG  201000000"}},
		{"en two systems keep the aggregate", "en", "2024-05-03", "Egypt ordered 24 Rafale jets and a FREMM frigate from France. The deal is worth 5.2 billion euros.",
			[]string{"transfer FR>EG rafale 0", "transfer FR>EG fremm 0", "aggregate FR>EG  5200000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer && f.Type != domain.TypeAggregate {
			return "", false
		}
		sys := ""
		if f.System != nil {
			sys = f.System.ID
		}
		v := 0.0
		if f.Value != nil {
			v = f.Value.Amount
		}
		return fmt.Sprintf("%s %s>%s %s %.0f", f.Type, f.Supplier.String(), f.Recipient.String(), sys, v), true
	})
}

// TestPrecisOneFamily: versions of one system with their family are one
// system; two systems are not (all_r10_precis_aggregate.go).
func TestPrecisOneFamily(t *testing.T) {
	tests := []struct {
		keys []string
		want bool
	}{
		{[]string{"leopard-2", "leopard-2a8"}, true},
		{[]string{"leopard-2a8", "cat:armoured-vehicles", "leopard-2"}, true},
		{[]string{"rafale", "fremm"}, false},
		{[]string{"leopard-2a8"}, false}, // one id: oneSystem's case
		{[]string{"f-16", "f-16v", "harpoon"}, false},
		// review10: a prefix that ends inside another id's number or word
		{[]string{"su-30", "su-30mki"}, true},
		{[]string{"rafale", "rafale-m"}, true},
		{[]string{"an-2", "an-26"}, false},
		{[]string{"mi-2", "mi-24-35"}, false},
		{[]string{"tor", "tornado"}, false},
	}
	for _, tc := range tests {
		if got := precisOneFamily(tc.keys); got != tc.want {
			t.Errorf("precisOneFamily(%v) = %v, want %v", tc.keys, got, tc.want)
		}
	}
}
