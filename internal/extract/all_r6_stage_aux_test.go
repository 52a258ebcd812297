package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAuxiliaryMainVerb: a stage word right after the system with its
// auxiliary is the main verb ("have arrived", "ont été livrés"), not a
// participle describing the system. Sentences written for this test.
func TestAuxiliaryMainVerb(t *testing.T) {
	tests := []factCase{
		{"en were delivered", "en", "2024-03-01",
			"All 14 ordered K9 howitzers were delivered to Egypt by South Korea.",
			[]string{"transfer KR>EG k9-thunder q=14 delivered y=2024"}},
		{"en have arrived", "en", "2024-03-01",
			"All 14 pledged K9 howitzers have arrived in Egypt from South Korea.",
			[]string{"transfer KR>EG k9-thunder q=14 delivered y=2024"}},
		{"fr ont été livrés", "fr", "2024-03-01",
			"Les 12 canons Caesar promis ont été livrés à l'Ukraine par la France.",
			[]string{"transfer FR>UA caesar q=12 delivered y=2024"}},
		{"es fueron entregados", "es", "2024-03-01",
			"Los 12 obuses M777 prometidos fueron entregados a Ucrania por Estados Unidos.",
			[]string{"transfer US>UA m777 q=12 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
