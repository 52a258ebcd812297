package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArConcludedTalks: talks told as over (ar_talks.go) are no plan; talks
// under way stay one. Sentences written for this test.
func TestArConcludedTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{"talks ended by a verb of ending", "ar", "2015-06-01",
			"وأنهت روسيا مفاوضات صفقة تسليم مصر 10 منظومات إس-300.",
			[]string{"transfer RU>EG s-300 q=10 ordered y=2015"}},
		{"after talks, a contract signed", "ar", "2021-05-04",
			"وبعد مفاوضات استمرت عاما، وقعت مصر مع فرنسا عقدا لشراء 30 طائرة رافال.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2021"}},
		{"talks under way stay a plan", "ar", "2021-05-04",
			"وتجري مصر مفاوضات مع فرنسا لشراء 30 طائرة رافال.",
			nil},
		{"the end of the talks is expected: still a plan", "ar", "2021-05-04",
			"ومن المتوقع أن تبدأ مصر مفاوضات مع فرنسا لشراء 30 طائرة رافال.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
