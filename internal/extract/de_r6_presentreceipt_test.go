package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDePresentReceipt: a German verb of getting in the present tells a
// coming receipt (ordered); with an auxiliary, or beside another word of
// delivery, it tells an arrival. Sentences written for this test.
func TestDePresentReceipt(t *testing.T) {
	tests := []factCase{
		{"bekommt is ordered", "de", "2024-03-01",
			"Finnland bekommt acht neue Kampfjets vom Typ F-35 aus den USA.",
			[]string{"transfer US>FI f-35 q=8 ordered y=2024"}},
		{"erhält in a dass-clause is ordered", "de", "2024-03-01",
			"Geplant ist, dass Rumänien 54 Panzerhaubitzen K9 aus Südkorea erhält.",
			[]string{"transfer KR>RO k9-thunder q=54 ordered y=2024"}},
		{"hat erhalten is delivered", "de", "2024-03-01",
			"Rumänien hat 18 Panzerhaubitzen K9 aus Südkorea erhalten.",
			[]string{"transfer KR>RO k9-thunder q=18 delivered y=2024"}},
		{"bekommt with a delivery noun is delivered", "de", "2024-03-01",
			"Mit der zweiten Lieferung bekommt Rumänien 18 Panzerhaubitzen K9 aus Südkorea.",
			[]string{"transfer KR>RO k9-thunder q=18 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
