package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsBreakdown: counts of a named system's variants that add up
// to the count the sentence gave first are its parts, one fact
// (all_events_breakdown.go). Sentences written for this test.
func TestAllEventsBreakdown(t *testing.T) {
	tests := []factCase{
		{"ar: منها 12 ... و4", "ar", "2022-02-03",
			"وافقت واشنطن على بيع الأردن 16 طائرة إف 16، منها 12 مقاتلة F-16C و4 مقاتلات F-16D.",
			[]string{"transfer US>JO f-16 q=16 approved y=2022"}},
		{"en: of which 12 single-seat and 4 two-seat", "en", "2022-02-03",
			"The United States approved the sale of 16 F-16 jets to Jordan, 12 F-16C single-seat and 4 F-16D two-seat fighters.",
			[]string{"transfer US>JO f-16 q=16 approved y=2022"}},
		{"fr: dont 12 monoplaces et 4 biplaces", "fr", "2022-02-03",
			"Washington a approuvé la vente de 16 F-16 à la Jordanie, dont 12 F-16C et 4 F-16D.",
			[]string{"transfer US>JO f-16 q=16 approved y=2022"}},
		{"de: darunter 12 und 4", "de", "2022-02-03",
			"Washington hat den Verkauf von 16 F-16 an Jordanien genehmigt, darunter 12 F-16C und 4 F-16D.",
			[]string{"transfer US>JO f-16 q=16 approved y=2022"}},
		{"fr: variants that do not add up stay apart", "fr", "2022-02-03",
			"Le Mali a reçu deux Mi-171Sh et deux Mi-17V5 de la Russie.",
			[]string{"transfer RU>ML mi-8-17 q=2 delivered y=2022", "transfer RU>ML mi-8-17 q=2 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
