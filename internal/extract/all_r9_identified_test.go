package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestIdentifiedKindStatedDeal: a sentence that names a system "of the
// type" and states the deal itself, both states named, after a headline
// that counts the kind ("12 مقاتلة"), gives no second candidate from the
// headline's generic (all_r6_identified.go): the two were one deal read
// twice, at two stages. A sentence naming no state still identifies the
// kind. Sentences written for this test.
func TestIdentifiedKindStatedDeal(t *testing.T) {
	x := New(lexicon.Default())
	f16 := func(f domain.Fact) bool { return f.System != nil && f.System.ID == "f-16-block-70-72" }
	stated := "الأردن يحصل على الضوء الأخضر لشراء 12 مقاتلة أمريكية\n\nأعلنت الوزارة في مارس 2023 موافقة واشنطن على بيع اثنتي عشرة طائرة من طراز إف-16 بلوك 70 إلى الأردن، في صفقة تبلغ قيمتها نحو ملياري دولار."
	if got := transferPairs(t, x, "ar", stated, f16); len(got) != 1 {
		t.Errorf("stated deal: got %v, want one US>JO candidate", got)
	}
	identified := "Jordan orders 12 fighter jets from the United States\n\nThe aircraft are of the type F-16 Block 70."
	if got := transferPairs(t, x, "en", identified, f16); !slices.Contains(got, "US>JO") {
		t.Errorf("identified kind: got %v, want US>JO", got)
	}
}
