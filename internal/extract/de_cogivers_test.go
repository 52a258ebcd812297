package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeCoGivers: two states joined by "und" before a giving verb both
// give; neither sells to the other (de_cogivers.go). Sentences written for
// this test.
func TestDeCoGivers(t *testing.T) {
	tests := []factCase{
		{"two givers in a relative clause, no buyer", "de", "2022-09-19",
			"Die Panzerhaubitzen 2000, die Deutschland und Italien geliefert haben, haben sich bewährt.",
			nil},
		{"two givers and a dative buyer", "de", "2022-09-19",
			"Deutschland und die Niederlande haben der Slowakei zwölf Panzerhaubitzen 2000 geliefert.",
			[]string{"transfer DE>SK pzh-2000 q=12 delivered y=2022", "transfer NL>SK pzh-2000 q=12 delivered y=2022"}},
		{"two givers and a buyer after an", "de", "2022-09-19",
			"Deutschland und die Niederlande haben zwölf Panzerhaubitzen 2000 an Litauen geliefert.",
			[]string{"transfer DE>LT pzh-2000 q=12 delivered y=2022", "transfer NL>LT pzh-2000 q=12 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
