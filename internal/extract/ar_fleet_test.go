package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArFleetOnly: systems a fleet already holds, in a sentence that names
// no state, are no transfer (ar_fleet.go); the delivery told before stays.
// Sentences written for this test.
func TestArFleetOnly(t *testing.T) {
	checkFacts(t, []factCase{
		{"a fleet listed after a delivery", "ar", "2025-11-20",
			"تسلمت الجزائر من روسيا أول مقاتلات سو-57.\n\nويعزز ذلك أسطولا يضم حاليا مقاتلات ميغ-29 والقاذفات Su-24.",
			[]string{"transfer RU>DZ su-57 delivered y=2025"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArFleetOnlyCandidates: the model is not even offered the fleet.
func TestArFleetOnlyCandidates(t *testing.T) {
	x := testExtractor(t)
	text := "تسلمت الجزائر من روسيا أول مقاتلات سو-57.\n\nويعزز ذلك أسطولا يضم حاليا مقاتلات ميغ-29 والقاذفات Su-24.\n\nوتمتلك الجزائر أيضا مقاتلات ميغ-29 الروسية."
	cs, err := x.Candidates(&domain.Document{Source: "fleet", Language: "ar", Text: text, Published: "2025-11-20"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Fact.System != nil && c.Fact.System.ID == "su-24" {
			t.Errorf("fleet offered as a candidate: %s", brief(c.Fact))
		}
	}
}
