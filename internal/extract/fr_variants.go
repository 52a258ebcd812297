package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// variantCounts reports whether two transfers of one sentence give their
// own counts for two variants written differently that the lexicon files
// under one family: "deux Mi-171Ch et deux Mi-17V5", "two Mi-171Sh and
// two Mi-17V5". Each variant is a line of its own, even when the counts
// are equal (distinctEvent already keeps unequal counts apart). Both
// mentions must be designations with digits.
func variantCounts(a, b domain.Fact) bool {
	if a.Evidence.Start != b.Evidence.Start || a.Quantity == 0 || b.Quantity == 0 || a.System == nil || b.System == nil || a.System.ID == "" || a.System.ID != b.System.ID {
		return false
	}
	ma, mb := strings.ToLower(a.System.Mention), strings.ToLower(b.System.Mention)
	if ma == "" || mb == "" || ma == mb || strings.Contains(ma, mb) || strings.Contains(mb, ma) {
		return false
	}
	// both designations, with their own digits: not a count given again
	// with a word for the kind ("كا-52 عددها 46 مروحية")
	return strings.ContainsAny(ma, "0123456789") && strings.ContainsAny(mb, "0123456789")
}
