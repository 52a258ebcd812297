package extract

import (
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestYearOpensWhen: "from 2020, when …" dates the event the when-clause
// tells; "from 2020" alone opens a period. Lines written for this test.
func TestYearOpensWhen(t *testing.T) {
	pub := "2023-05-03"
	tests := []factCase{
		{name: "English: dates from 2020, when", lang: "en", pub: pub,
			text: "India's first arms deal with Armenia dates from 2020, when it sold four Swathi radars for $40 million.",
			want: []string{"IN>AM swathi 2020"}},
		{name: "Spanish: desde 2019, cuando", lang: "es", pub: pub,
			text: "La relación con Israel viene desde 2019, cuando Colombia compró 12 misiles Spike.",
			want: []string{"IL>CO spike 2019"}},
		{name: "English: from 2020 alone is a period", lang: "en", pub: pub,
			text: "Armenia has received four Swathi radars from India, in service from 2020 onward.",
			want: []string{"IN>AM swathi 2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeTransfer || f.System == nil {
			return "", false
		}
		return fmt.Sprintf("%s>%s %s %d", f.Supplier, f.Recipient, f.System.ID, f.Year), true
	})
}
