package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsQuotedNicknames: a nickname a document gives in quotes right after
// a system ("cazas Su-30 ‘Flanker’") names that system when a later
// sentence uses it alone in quotes; an unknown quoted word, or one never
// introduced, names nothing. Texts written for this test.
func TestEsQuotedNicknames(t *testing.T) {
	tests := []factCase{
		{"es: introduced, then alone", "es", "2024-05-10",
			"Rusia vendió a Argelia doce cazas Su-30 ‘Flanker’. Antes, Venezuela y la India ya habían comprado el “Flanker”.",
			[]string{"transfer RU>DZ su-30 q=12 ordered y=2024", "transfer RU>IN su-30 ordered y=2024", "transfer RU>VE su-30 ordered y=2024"}},
		{"es: never introduced", "es", "2024-05-10",
			"Rusia vendió a Argelia doce cazas Su-30. Antes, Venezuela ya había comprado el “Flanker”.",
			[]string{"transfer RU>DZ su-30 q=12 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
