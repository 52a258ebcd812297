package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeMark: amounts in (Deutsche) Mark, as German news gave them before
// 2002, are values in DEM (lang_de.tsv). Sentences written for this test.
func TestDeMark(t *testing.T) {
	tests := []factCase{
		{"a licensed total in Mark", "de", "1998-05-10",
			"Die Bundesregierung hat Rüstungsexporte nach Griechenland im Wert von 2,4 Milliarden Mark genehmigt.",
			[]string{"aggregate DE>GR DEM=2400000000"}},
		{"a total in D-Mark", "de", "1998-05-10",
			"Die Bundesregierung hat Rüstungsexporte nach Griechenland im Wert von 800 Millionen D-Mark genehmigt.",
			[]string{"aggregate DE>GR DEM=800000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
