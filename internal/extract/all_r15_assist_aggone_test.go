package extract

import (
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR15OneItemPrice: an amount whose sentence transfers one system
// between the pair is that system's price, no aggregate; a sentence with
// two systems keeps the aggregate (all_r15_assist_aggone.go). Sentences
// written for this test.
func TestR15OneItemPrice(t *testing.T) {
	tests := []factCase{
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
