package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArFamilyThenType: "مقاتلات/طائرات سوخوي" followed by the type is that
// type, not the make with no type (ar_family.go, systems.tsv). Sentences
// written for this test.
func TestArFamilyThenType(t *testing.T) {
	checkFacts(t, []factCase{
		{"fighters, make, type", "ar", "2025-02-10",
			"تسلمت الجزائر من روسيا مقاتلات سوخوي سو-35.",
			[]string{"transfer RU>DZ su-35 delivered y=2025"}},
		{"aircraft, make, type", "ar", "2025-02-10",
			"تسلمت الجزائر من روسيا طائرات سوخوي سو-57.",
			[]string{"transfer RU>DZ su-57 delivered y=2025"}},
		{"make alone stays the make", "ar", "2025-02-10",
			"تسلمت الجزائر من روسيا طائرات سوخوي.",
			[]string{"transfer RU>DZ sukhoi delivered y=2025"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArLinkedCode: one capital letter on a number after "من طراز" is a
// designation (ar_family.go). Sentences written for this test.
func TestArLinkedCode(t *testing.T) {
	checkFacts(t, []factCase{
		{"patrol boats of the type P18", "ar", "2024-03-01",
			"تسلمت موريتانيا من الصين 3 زوارق دورية من طراز P18.",
			[]string{"transfer CN>MR x:p-18 q=3 delivered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
