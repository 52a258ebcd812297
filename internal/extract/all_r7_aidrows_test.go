package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAidRows: an aid programme's allocations in rows, one state a line,
// under a heading that names the programme (all_r7_aidrows.go); a row
// with no heading above it is no aid. Sentences written for this test.
func TestAidRows(t *testing.T) {
	tests := []factCase{
		{"en rows under an FMF heading", "en", "2020-05-03",
			"US aid\n\nForeign Military Financing recipients in 2020:\n\nJordan: $425 million\n\nLebanon – $105 million\n\nTunisia: $85 million",
			[]string{"assistance US>JO fmf USD=425000000 y=2020", "assistance US>LB fmf USD=105000000 y=2020", "assistance US>TN fmf USD=85000000 y=2020"}},
		{"fr rows under an FMF heading", "fr", "2020-05-03",
			"Aide américaine\n\nBénéficiaires du Foreign Military Financing en 2020 :\n\nJordanie : 425 millions de dollars\n\nLiban : 105 millions de dollars",
			[]string{"assistance US>JO fmf USD=425000000 y=2020", "assistance US>LB fmf USD=105000000 y=2020"}},
		{"en rows without a heading", "en", "2020-05-03",
			"Budgets\n\nThe ministry published its figures.\n\nJordan: $425 million\n\nLebanon – $105 million",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
