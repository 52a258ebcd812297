package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsClasses: classes of errors read on seen en/fr/es news (each
// text written for this test from public facts).
func TestEnFrEsClasses(t *testing.T) {
	tests := []factCase{
		{"two agreements between one pair in different years are two", "fr", "",
			"Le Cameroun et la Russie ont signé un accord de coopération militaire en 2022. En 2015, un premier accord avait été signé entre le Cameroun et la Russie.",
			[]string{"agreement CM+RU y=2022", "agreement CM+RU y=2015"}},
		{"one agreement told twice is one", "en", "",
			"Kenya and the United States signed a defence cooperation agreement in 2023. The agreement, signed by Duale and Austin in 2023, covers five years.",
			[]string{"agreement KE+US y=2023 d=5"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}
