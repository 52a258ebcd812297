package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsSellerAfterDe: after a finite buying verb "de" names the seller
// ("adquirió de los Países Bajos"), a second-hand seller and not the
// maker's state; "la compra de Chile" stays the buyer's. Deliveries told
// in the gerund ("le habían ido llegando") are deliveries. Texts written
// for this test.
func TestEsSellerAfterDe(t *testing.T) {
	tests := []factCase{
		{"es: adquirió de", "es", "2006-03-01",
			"Chile adquirió de los Países Bajos 18 aviones F-16 de segunda mano.",
			[]string{"transfer NL>CL f-16 q=18 ordered y=2006"}},
		{"es: compraron de", "es", "2006-03-01",
			"Los ecuatorianos compraron de Israel seis drones Heron.",
			[]string{"transfer IL>EC heron q=6 ordered y=2006"}},
		{"es: gerund of arriving", "es", "2023-03-28",
			"A Ucrania le habían ido llegando los primeros 14 Challenger británicos.",
			[]string{"transfer GB>UA challenger-2 q=14 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
